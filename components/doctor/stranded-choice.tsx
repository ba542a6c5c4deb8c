import type { AffectedItem } from "@/lib/actions/form-state";
import { controlClass, FieldShell } from "@/components/forms/field-shell";

/**
 * The appointments a change would strand, with the choice to keep or cancel them. The ids go back
 * so the server cancels only what the doctor saw.
 */
export function StrandedChoice({ items, reasonError }: { items: AffectedItem[]; reasonError?: string }) {
  const parsed = items;
  return (
    <fieldset
      className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950"
      data-testid="stranded"
    >
      <legend className="px-1 font-semibold">Affected appointments</legend>
      <ul className="list-disc space-y-1 ps-5 text-sm">
        {parsed.map((a) => (
          <li key={a.id}>{a.label}</li>
        ))}
      </ul>
      <input type="hidden" name="acknowledged" value={parsed.map((a) => a.id).join(",")} />
      <div className="flex flex-col gap-2 sm:flex-row sm:gap-6">
        <label className="flex items-center gap-2">
          <input type="radio" name="strandedChoice" value="keep" required /> Keep them as booked
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="strandedChoice" value="cancel" required /> Cancel them and email the patients
        </label>
      </div>
      <FieldShell
        label="Reason for cancelling (sent to the patients)"
        error={reasonError}
        errorTestId="error-cancelReason"
      >
        {(control) => <textarea name="cancelReason" rows={2} maxLength={500} {...control} className={controlClass} />}
      </FieldShell>
    </fieldset>
  );
}
