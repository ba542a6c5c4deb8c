import "server-only";
import { toString as qrSvg } from "qrcode";
import { getDb } from "@/lib/db/client";
import { openSecret } from "./secret-box";
import { totpUri } from "./totp";

/** An enrolment waiting for its first code: the only time the secret leaves the server. */
type PendingEnrolment = { secret: string; qrDataUrl: string };

export type SecurityOverview = {
  enabledAt: Date | null;
  recoveryCodesLeft: number;
  pending: PendingEnrolment | null;
};

/** What the security page shows its own user. */
export async function getSecurityOverviewForUser(
  user: { id: string; email: string },
  issuer: string,
): Promise<SecurityOverview> {
  const [row, recoveryCodesLeft] = await Promise.all([
    getDb().user.findUnique({ where: { id: user.id }, select: { mfaSecret: true, mfaEnabledAt: true } }),
    getDb().mfaRecoveryCode.count({ where: { userId: user.id, usedAt: null } }),
  ]);
  const enabledAt = row?.mfaEnabledAt ?? null;
  const secret = !enabledAt && row?.mfaSecret ? openSecret(row.mfaSecret) : null;
  if (!secret) return { enabledAt, recoveryCodesLeft, pending: null };
  // Drawn here as SVG: no image service sees the secret, and the page needs no network.
  const svg = await qrSvg(totpUri(secret, user.email, issuer), { type: "svg", margin: 2, errorCorrectionLevel: "M" });
  const qrDataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
  return { enabledAt, recoveryCodesLeft, pending: { secret, qrDataUrl } };
}
