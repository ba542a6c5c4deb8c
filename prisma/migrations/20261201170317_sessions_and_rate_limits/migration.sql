-- AlterTable
ALTER TABLE "users" DROP COLUMN "sessions_valid_from";

-- AlterTable
ALTER TABLE "clinic_settings" ADD COLUMN     "staff_idle_minutes" INTEGER NOT NULL DEFAULT 30;

-- CreateTable
CREATE TABLE "sessions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),
    "ip" TEXT,
    "user_agent" TEXT,

    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit_counters" (
    "bucket" TEXT NOT NULL,
    "window_start" TIMESTAMPTZ(3) NOT NULL,
    "hits" INTEGER NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "rate_limit_counters_pkey" PRIMARY KEY ("bucket","window_start")
);

-- CreateIndex
CREATE INDEX "sessions_user_id_created_at_idx" ON "sessions"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "rate_limit_counters_expires_at_idx" ON "rate_limit_counters"("expires_at");

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: bounds Prisma cannot express.
ALTER TABLE "clinic_settings" ADD CONSTRAINT "clinic_settings_staff_idle_minutes_range"
  CHECK ("staff_idle_minutes" BETWEEN 5 AND 720);
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_expire_after_creation" CHECK ("expires_at" > "created_at");
ALTER TABLE "rate_limit_counters" ADD CONSTRAINT "rate_limit_counters_hits_positive" CHECK ("hits" >= 0);
