-- CreateEnum
CREATE TYPE "ReminderChannel" AS ENUM ('EMAIL', 'SMS');

-- AlterTable
ALTER TABLE "patient_profiles" ADD COLUMN     "city" TEXT,
ADD COLUMN     "current_medications" TEXT,
ADD COLUMN     "emergency_relationship" TEXT,
ADD COLUMN     "insurance_provider" TEXT,
ADD COLUMN     "postal_code" TEXT,
ADD COLUMN     "reminder_channel" "ReminderChannel" NOT NULL DEFAULT 'EMAIL';
