-- The price agreed at booking, so reports stop using today's fee for past visits.
-- Existing appointments take their doctor's current fee: the best record there is.
ALTER TABLE "appointments" ADD COLUMN "fee_cents" INTEGER;
UPDATE "appointments" AS a SET "fee_cents" = d."fee_cents" FROM "doctor_profiles" AS d WHERE d."id" = a."doctor_id";
ALTER TABLE "appointments" ALTER COLUMN "fee_cents" SET NOT NULL;
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_fee_cents_not_negative" CHECK ("fee_cents" >= 0);
