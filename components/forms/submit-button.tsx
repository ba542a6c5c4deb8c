import { Button } from "@/components/ui/button";

/** A form's main button, full width. */
export function SubmitButton({
  pending,
  children,
  pendingLabel,
}: {
  pending: boolean;
  children: React.ReactNode;
  pendingLabel: string;
}) {
  return (
    <Button type="submit" variant="primary" block pending={pending} pendingLabel={pendingLabel} className="py-2.5">
      {children}
    </Button>
  );
}
