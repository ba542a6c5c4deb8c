import { useTranslations } from "next-intl";

/** Freshly made recovery codes, the one time they are shown. */
export function RecoveryCodeList({ codes }: { codes: string[] }) {
  const t = useTranslations("client.recoveryCodes");
  return (
    <section
      className="mt-3 space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3"
      aria-labelledby="recovery-codes"
    >
      <h3 id="recovery-codes" className="font-semibold text-amber-950">
        {t("title")}
      </h3>
      <p className="text-sm text-amber-950">{t("explain")}</p>
      <ol className="grid grid-cols-2 gap-x-6 gap-y-1 font-mono text-base text-slate-900" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
    </section>
  );
}
