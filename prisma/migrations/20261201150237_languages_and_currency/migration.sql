-- AlterTable
ALTER TABLE "users" ADD COLUMN     "locale" TEXT;

-- AlterTable
ALTER TABLE "clinic_settings" ADD COLUMN     "currency" TEXT NOT NULL DEFAULT 'GBP',
ADD COLUMN     "default_locale" TEXT NOT NULL DEFAULT 'en';

-- A currency is three capital letters (ISO 4217); anything else would break every formatted fee.
ALTER TABLE "clinic_settings" ADD CONSTRAINT "clinic_settings_currency_iso" CHECK ("currency" ~ '^[A-Z]{3}$');
