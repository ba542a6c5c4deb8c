/**
 * The account behind a doctor profile that patients may book: active, and still a doctor (an
 * account made administrator keeps its profile, for history, but leaves the rota).
 */
export const practisingUser = { active: true, role: "DOCTOR" } as const;
export const isPractising = (user: { active: boolean; role: string }) =>
  user.active && user.role === practisingUser.role;
