-- Tolerant doctor search: trigram similarity (typos, word order) and accent folding. Both ship with
-- PostgreSQL's contrib and with PGlite (loaded in lib/db/embedded.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- AlterTable
ALTER TABLE "specialties" ADD COLUMN     "synonyms" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- The demo's and most clinics' specialties, with the words patients use for them.
UPDATE "specialties" SET "synonyms" = ARRAY['gp', 'general practitioner', 'family doctor', 'family medicine', 'general'] WHERE "name" = 'General Practice';
UPDATE "specialties" SET "synonyms" = ARRAY['cardiologist', 'heart', 'cardiac'] WHERE "name" = 'Cardiology';
UPDATE "specialties" SET "synonyms" = ARRAY['dermatologist', 'skin', 'rash', 'eczema'] WHERE "name" = 'Dermatology';
UPDATE "specialties" SET "synonyms" = ARRAY['paediatrician', 'pediatrician', 'pediatrics', 'child', 'children', 'baby'] WHERE "name" = 'Paediatrics';
UPDATE "specialties" SET "synonyms" = ARRAY['orthopaedic surgeon', 'orthopedics', 'bone', 'joint', 'fracture'] WHERE "name" = 'Orthopaedics';
UPDATE "specialties" SET "synonyms" = ARRAY['ophthalmologist', 'eye', 'eyes', 'vision'] WHERE "name" = 'Ophthalmology';
