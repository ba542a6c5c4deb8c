// Demo data for a fresh install (`npm run db:seed`), the README's sign-in table and the browser
// tests. Dates are placed relative to `now` at wall-clock times in the clinic's zone, so the seed
// looks alive whatever day it runs on, including across daylight-saving changes.
import { randomUUID } from "node:crypto";
import { Temporal } from "temporal-polyfill";
import type { Db } from "@/lib/db/create-client";
import { AppointmentStatus, BloodGroup, Role, type Prisma } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/users/password";
import { sealSecret } from "@/lib/mfa/secret-box";

export const DEMO_PASSWORD = "DemoClinic#2026";

/**
 * The authenticator key every demo staff account shares (staff must use a second factor). Published
 * in the README so a newcomer can add it to an app; a real clinic's staff enrol their own.
 */
export const DEMO_TOTP_SECRET = "DEMOCLINICSTAFFSECRETTOTPKEY2345";

const TIME_ZONE = "Europe/London";

type Interval = readonly [start: number, end: number];
/** Local "HH:MM" to minutes after midnight. */
const hm = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const span = (from: string, to: string): Interval => [hm(from), hm(to)];

const MORNING = span("09:00", "12:30");
const AFTERNOON = span("13:30", "17:00");
/** Mon–Fri with the same intervals; a lunch break is the gap between two intervals. */
const weekdays = (...intervals: Interval[]): Record<number, Interval[]> =>
  Object.fromEntries([1, 2, 3, 4, 5].map((day) => [day, intervals]));

const ADMIN = { key: "admin", email: "admin@clinic.test", name: "Alex Morgan" } as const;

const DOCTORS = [
  {
    key: "patel",
    email: "dr.patel@clinic.test",
    name: "Priya Patel",
    specialty: "General Practice",
    licenseNumber: "GMC-4821937",
    yearsOfExperience: 14,
    feeCents: 6000,
    bio: "GP with a special interest in diabetes and long-term conditions. Believes a good consultation starts with listening.",
    location: "Riverside, Room 1",
    slotMinutes: 15,
    bufferBeforeMin: 0,
    bufferAfterMin: 0,
    hours: { ...weekdays(MORNING, AFTERNOON), 6: [span("09:00", "12:00")] },
    note: "General Practice; 15-minute slots, also works Saturday mornings",
  },
  {
    key: "okafor",
    email: "dr.okafor@clinic.test",
    name: "Chidi Okafor",
    specialty: "General Practice",
    licenseNumber: "GMC-7310452",
    yearsOfExperience: 9,
    feeCents: 6500,
    bio: "Family doctor who enjoys asthma care and sports medicine, and helping patients make changes that last.",
    location: "Riverside, Room 2",
    slotMinutes: 20,
    bufferBeforeMin: 0,
    bufferAfterMin: 0,
    hours: weekdays(span("08:00", "12:00"), span("13:00", "16:00")),
    note: "General Practice; 20-minute slots, early starts",
  },
  {
    key: "lindqvist",
    email: "dr.lindqvist@clinic.test",
    name: "Astrid Lindqvist",
    specialty: "Cardiology",
    licenseNumber: "GMC-5594218",
    yearsOfExperience: 21,
    feeCents: 15000,
    bio: "Consultant cardiologist focused on heart rhythm problems, high blood pressure and prevention. Trained in Stockholm and London.",
    location: "Heart Centre, Room 5",
    slotMinutes: 30,
    bufferBeforeMin: 0,
    bufferAfterMin: 10,
    hours: { ...weekdays(MORNING, AFTERNOON), 3: [MORNING] },
    note: "Cardiology; 30-minute slots with a 10-minute buffer, Wednesday afternoons off",
  },
  {
    key: "haddad",
    email: "dr.haddad@clinic.test",
    name: "Samir Haddad",
    specialty: "Dermatology",
    licenseNumber: "GMC-6047731",
    yearsOfExperience: 12,
    feeCents: 11000,
    bio: "Dermatologist treating eczema, acne and psoriasis, and running the clinic's mole-check service.",
    location: "Riverside, Room 4",
    slotMinutes: 20,
    bufferBeforeMin: 0,
    bufferAfterMin: 0,
    hours: weekdays(span("10:00", "13:00"), span("14:00", "18:00")),
    note: "Dermatology; on leave for three days early next month",
  },
  {
    key: "nakamura",
    email: "dr.nakamura@clinic.test",
    name: "Yuki Nakamura",
    specialty: "Paediatrics",
    licenseNumber: "GMC-3862095",
    yearsOfExperience: 7,
    feeCents: 9000,
    bio: "Paediatrician for babies, children and teenagers, with unhurried appointments for anxious young patients and their parents.",
    location: "Children's Wing, Room 7",
    slotMinutes: 30,
    bufferBeforeMin: 0,
    bufferAfterMin: 0,
    hours: { ...weekdays(MORNING, AFTERNOON), 5: [span("09:00", "13:00")] },
    note: "Paediatrics; finishes at 13:00 on Fridays",
  },
] as const;

const PATIENTS = [
  {
    key: "jane",
    email: "jane.doe@example.test",
    name: "Jane Doe",
    active: true,
    phone: "+44 7700 900123",
    dateOfBirth: "1988-04-12",
    address: "14 Willow Lane, Riverside RV1 2AB",
    emergencyName: "John Doe (husband)",
    emergencyPhone: "+44 7700 900456",
    bloodGroup: BloodGroup.O_POS,
    allergies: "Penicillin (rash)",
    medicalHistory: "Mild hypertension since 2022, monitored at home. Appendectomy in 2009.",
    insuranceNumber: "RFC-INS-100234",
    note: "Upcoming (one awaiting confirmation), completed and cancelled appointments",
  },
  {
    key: "omar",
    email: "omar.rahman@example.test",
    name: "Omar Rahman",
    active: true,
    phone: "+44 7700 900318",
    dateOfBirth: "1975-11-03",
    address: "3 Mill Court, Riverside RV2 7HF",
    emergencyName: "Aisha Rahman (wife)",
    emergencyPhone: "+44 7700 900742",
    bloodGroup: BloodGroup.B_POS,
    allergies: "None known",
    medicalHistory: "Asthma since childhood (salbutamol and a steroid inhaler). Type 2 diabetes, diet-controlled.",
    insuranceNumber: "RFC-INS-100871",
    note: "Upcoming and completed appointments, one missed (no-show)",
  },
  {
    key: "li",
    email: "li.wei@example.test",
    name: "Li Wei",
    active: true,
    phone: "+44 7700 900584",
    dateOfBirth: "2011-06-21",
    address: "27 Orchard Road, Riverside RV1 5QP",
    emergencyName: "Mei Wei (mother)",
    emergencyPhone: "+44 7700 900615",
    bloodGroup: BloodGroup.A_NEG,
    allergies: "Peanuts (anaphylaxis; carries an adrenaline auto-injector)",
    medicalHistory: "Exercise-induced wheeze. Fractured left wrist in 2021, fully healed.",
    insuranceNumber: "RFC-INS-101392",
    note: "Teenage patient of the paediatrician",
  },
  {
    key: "former",
    email: "former.patient@example.test",
    name: "Sam Carter",
    active: false,
    phone: "+44 7700 900907",
    dateOfBirth: "1962-02-28",
    address: "Moved away",
    emergencyName: null,
    emergencyPhone: null,
    bloodGroup: null,
    allergies: null,
    medicalHistory: "Osteoarthritis of both knees.",
    insuranceNumber: null,
    note: "Deactivated account: signing in is refused",
  },
] as const;

type DoctorKey = (typeof DOCTORS)[number]["key"];
type PatientKey = (typeof PATIENTS)[number]["key"];

export type DemoAccount = { role: Role; email: string; name: string; note: string; active: boolean };

/** Every seeded sign-in; all share DEMO_PASSWORD. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    role: Role.ADMIN,
    email: ADMIN.email,
    name: ADMIN.name,
    note: "Runs the clinic: settings, doctors, patients",
    active: true,
  },
  ...DOCTORS.map((d) => ({ role: Role.DOCTOR, email: d.email, name: d.name, note: d.note, active: true })),
  ...PATIENTS.map((p) => ({ role: Role.PATIENT, email: p.email, name: p.name, note: p.note, active: p.active })),
];

/**
 * One appointment to place. `day` 0 is today (skipped when the doctor is not in), +n the n-th
 * later day the doctor works, -n the n-th earlier one. `at` is the preferred local start; the first
 * free slot at or after it is taken, so a clash moves the appointment instead of failing the seed.
 * Today's status follows the clock: finished ones are COMPLETED, the rest CONFIRMED.
 */
type Spec = {
  patient: PatientKey;
  doctor: DoctorKey;
  day: number;
  at: string;
  status?: AppointmentStatus;
  reason: string;
  note?: string;
  cancellation?: string;
};

const { CONFIRMED, PENDING, COMPLETED, CANCELLED, NO_SHOW } = AppointmentStatus;

const APPOINTMENTS: Spec[] = [
  {
    patient: "jane",
    doctor: "patel",
    day: 2,
    at: "10:30",
    status: CONFIRMED,
    reason: "Follow-up on home blood pressure readings",
  },
  {
    patient: "jane",
    doctor: "lindqvist",
    day: 5,
    at: "14:00",
    status: PENDING,
    reason: "Occasional palpitations when climbing stairs",
  },
  {
    patient: "jane",
    doctor: "patel",
    day: -8,
    at: "09:45",
    status: COMPLETED,
    reason: "Dry cough for three weeks",
    note: "Likely post-viral cough. Chest clear, SpO2 98% on air, no red flags. Advised fluids and honey; return if not settling within three weeks or if breathless. BP 142/88: asked to keep a home BP diary for a week.",
  },
  {
    patient: "jane",
    doctor: "haddad",
    day: -4,
    at: "11:00",
    status: CANCELLED,
    reason: "Itchy rash on both forearms",
    cancellation: "The rash cleared up with an over-the-counter cream.",
  },
  {
    patient: "omar",
    doctor: "okafor",
    day: 3,
    at: "09:20",
    status: CONFIRMED,
    reason: "Asthma review and inhaler technique check",
  },
  {
    patient: "omar",
    doctor: "okafor",
    day: -6,
    at: "14:00",
    status: COMPLETED,
    reason: "Lower back pain after lifting boxes",
    note: "Mechanical low back pain, no neurological signs, no red flags. Ibuprofen with food for up to a week, keep active, gentle stretches given. Physiotherapy referral if not improving in four weeks.",
  },
  {
    patient: "omar",
    doctor: "haddad",
    day: -12,
    at: "10:20",
    status: NO_SHOW,
    reason: "Changing mole on the upper back",
  },
  {
    patient: "li",
    doctor: "nakamura",
    day: 4,
    at: "15:30",
    status: CONFIRMED,
    reason: "Follow-up: wheeze during football practice",
  },
  {
    patient: "li",
    doctor: "nakamura",
    day: -5,
    at: "09:30",
    status: COMPLETED,
    reason: "Recurring headaches after school",
    note: "Tension-type headaches, normal neurological examination and fundi. Likely linked to screen time and skipped lunches. Headache diary, regular meals and water at school; review in six weeks.",
  },
  {
    patient: "former",
    doctor: "patel",
    day: -40,
    at: "11:00",
    status: COMPLETED,
    reason: "Repeat prescription review before moving away",
    note: "Knee pain stable on paracetamol and topical NSAID. Three months' supply issued; records to be transferred to the new practice.",
  },
  // Today, so each doctor's dashboard has a day to run.
  {
    patient: "omar",
    doctor: "patel",
    day: 0,
    at: "09:15",
    reason: "Discuss recent blood test results",
    note: "HbA1c 46 mmol/mol, borderline. Diet advice reinforced; repeat in six months.",
  },
  {
    patient: "jane",
    doctor: "patel",
    day: 0,
    at: "15:00",
    reason: "Medication review",
    note: "Reviewed current medicines; no changes. BP diary within target.",
  },
  {
    patient: "jane",
    doctor: "okafor",
    day: 0,
    at: "10:00",
    reason: "Ear pain since the weekend",
    note: "Otitis externa, right ear. Acetic acid drops for a week; keep the ear dry.",
  },
  {
    patient: "omar",
    doctor: "okafor",
    day: 0,
    at: "14:20",
    reason: "Travel vaccination advice",
    note: "Hepatitis A and typhoid given. Malaria prophylaxis discussed.",
  },
  {
    patient: "omar",
    doctor: "lindqvist",
    day: 0,
    at: "11:00",
    reason: "Chest tightness on exertion",
    note: "Resting ECG normal. Exercise tolerance test booked; GTN spray in the meantime.",
  },
  {
    patient: "li",
    doctor: "haddad",
    day: 0,
    at: "14:00",
    reason: "Eczema flare on the hands",
    note: "Moderate hand eczema. Emollient plus a short course of topical steroid.",
  },
  {
    patient: "li",
    doctor: "nakamura",
    day: 0,
    at: "10:00",
    reason: "Check on a sprained ankle",
    note: "Healing well, full weight-bearing. Back to sport in two weeks.",
  },
];

/**
 * Six weeks of earlier visits between patients and doctors who already know each other, so the
 * admin dashboard's charts and the reports have something to show. Mostly completed, with some
 * no-shows and cancellations, spread over the doctors' working days.
 */
const HISTORY_PAIRS: readonly [PatientKey, DoctorKey, string][] = [
  ["omar", "okafor", "Asthma check-up"],
  ["omar", "patel", "Diabetes review"],
  ["omar", "lindqvist", "Blood pressure follow-up"],
  ["omar", "haddad", "Skin check"],
  ["li", "nakamura", "Growth and development check"],
  ["li", "haddad", "Eczema review"],
];
const HISTORY_TIMES = ["09:00", "10:30", "11:30", "14:00", "15:30"];

function historySpecs(): Spec[] {
  return HISTORY_PAIRS.flatMap(([patient, doctor, reason], pair) =>
    Array.from({ length: 10 }, (_, i): Spec => {
      const n = pair * 10 + i;
      const status = n % 9 === 4 ? NO_SHOW : n % 7 === 5 ? CANCELLED : COMPLETED;
      return {
        patient,
        doctor,
        day: -(2 + i * 3 + (pair % 3)),
        at: HISTORY_TIMES[n % HISTORY_TIMES.length]!,
        status,
        reason,
        ...(status === CANCELLED ? { cancellation: "Could not get time off work." } : {}),
      };
    }),
  );
}

/** A local date as the @db.Date value Prisma expects: that date at UTC midnight. */
const dateOnly = (date: Temporal.PlainDate | string) => new Date(`${date.toString()}T00:00:00Z`);
const startOfDay = (date: Temporal.PlainDate) => date.toZonedDateTime({ timeZone: TIME_ZONE });
const localTime = (date: Temporal.PlainDate, minute: number) =>
  date.toZonedDateTime({
    timeZone: TIME_ZONE,
    plainTime: new Temporal.PlainTime(Math.floor(minute / 60), minute % 60),
  });

/** All rows of the demo clinic, computed without touching the database. */
function planDemoClinic(now: Date, passwordHash: string) {
  const staffSecondFactor = { mfaSecret: sealSecret(DEMO_TOTP_SECRET), mfaEnabledAt: now };
  const nowMs = now.getTime();
  const today = Temporal.Instant.fromEpochMilliseconds(nowMs).toZonedDateTimeISO(TIME_ZONE).toPlainDate();
  const userId = new Map<string, string>([ADMIN, ...DOCTORS, ...PATIENTS].map((u) => [u.key, randomUUID()] as const));
  const uid = (key: string) => userId.get(key)!;

  const specialties = [
    "General Practice",
    "Cardiology",
    "Dermatology",
    "Paediatrics",
    "Orthopaedics",
    "Ophthalmology",
  ].map((name) => ({ id: randomUUID(), name }));
  const doctors = DOCTORS.map((d) => ({ ...d, profileId: randomUUID() }));
  const patients = PATIENTS.map((p) => ({ ...p, profileId: randomUUID() }));

  // A closed day about three weeks out, moved off the weekend so it actually closes something.
  let holiday = today.add({ days: 21 });
  while (holiday.dayOfWeek > 5) holiday = holiday.add({ days: 1 });
  // Three days' leave from the first Monday of next month (local midnight to local midnight).
  let leaveStart = today.with({ day: 1 }).add({ months: 1 });
  while (leaveStart.dayOfWeek !== 1) leaveStart = leaveStart.add({ days: 1 });
  const leave = {
    doctorKey: "haddad" as DoctorKey,
    startsAt: startOfDay(leaveStart).epochMilliseconds,
    endsAt: startOfDay(leaveStart.add({ days: 3 })).epochMilliseconds,
  };

  const hoursOf = (doctor: (typeof doctors)[number], date: Temporal.PlainDate): readonly Interval[] =>
    (doctor.hours as Record<number, readonly Interval[] | undefined>)[date.dayOfWeek] ?? [];
  const works = (doctor: (typeof doctors)[number], date: Temporal.PlainDate) => {
    if (hoursOf(doctor, date).length === 0 || date.equals(holiday)) return false;
    const dayStart = startOfDay(date).epochMilliseconds;
    const dayEnd = startOfDay(date.add({ days: 1 })).epochMilliseconds;
    return !(doctor.key === leave.doctorKey && leave.startsAt < dayEnd && dayStart < leave.endsAt);
  };
  /** Candidate days for a spec: today only, or from the n-th working day onwards in its direction. */
  function* daysFor(doctor: (typeof doctors)[number], day: number) {
    if (day === 0) {
      if (works(doctor, today)) yield today;
      return;
    }
    const step = Math.sign(day);
    let seen = 0;
    for (let date = today.add({ days: step }), i = 0; i < 366; date = date.add({ days: step }), i++) {
      if (works(doctor, date) && ++seen >= Math.abs(day)) yield date;
    }
  }

  type Booked = { doctor: string; patient: string; start: number; end: number; padStart: number; padEnd: number };
  const booked: Booked[] = [];
  const clashes = (b: Booked) =>
    booked.some(
      (o) =>
        (o.doctor === b.doctor && o.padStart < b.padEnd && b.padStart < o.padEnd) ||
        (o.patient === b.patient && o.start < b.end && b.start < o.end),
    );

  const appointments: Prisma.AppointmentCreateManyInput[] = [];
  const visitNotes: Prisma.VisitNoteCreateManyInput[] = [];
  const minutes = (n: number) => n * 60_000;

  for (const spec of [...APPOINTMENTS, ...historySpecs()]) {
    const doctor = doctors.find((d) => d.key === spec.doctor)!;
    const patient = patients.find((p) => p.key === spec.patient)!;
    const { slotMinutes, bufferBeforeMin: before, bufferAfterMin: after } = doctor;
    let slot: Booked | undefined;
    let first = true;
    search: for (const date of daysFor(doctor, spec.day)) {
      const from = first ? hm(spec.at) : 0;
      first = false;
      for (const [open, close] of hoursOf(doctor, date)) {
        // Slots on the doctor's grid: each occupies buffer-before + slot + buffer-after.
        for (let m = open + before; m + slotMinutes + after <= close; m += before + slotMinutes + after) {
          if (m < from) continue;
          const start = localTime(date, m);
          const s = start.epochMilliseconds;
          const e = start.add({ minutes: slotMinutes }).epochMilliseconds;
          const candidate = {
            doctor: doctor.key,
            patient: patient.key,
            start: s,
            end: e,
            padStart: s - minutes(before),
            padEnd: e + minutes(after),
          };
          if (!clashes(candidate)) {
            slot = candidate;
            break search;
          }
        }
      }
    }
    if (!slot) continue; // today, and the doctor is not in or fully booked
    booked.push(slot);

    const status = spec.status ?? (slot.end <= nowMs ? COMPLETED : CONFIRMED);
    const id = randomUUID();
    appointments.push({
      id,
      patientId: patient.profileId,
      doctorId: doctor.profileId,
      startsAt: new Date(slot.start),
      endsAt: new Date(slot.end),
      feeCents: doctor.feeCents,
      status,
      reason: spec.reason,
      createdAt: new Date(Math.min(slot.start - minutes(7 * 24 * 60), nowMs)),
      ...(status === CANCELLED && {
        cancellationReason: spec.cancellation ?? null,
        cancelledById: uid(patient.key),
        cancelledAt: new Date(Math.min(slot.start - minutes(2 * 24 * 60), nowMs)),
      }),
    });
    if (status === COMPLETED && spec.note) {
      const written = new Date(Math.min(slot.end + minutes(10), nowMs));
      visitNotes.push({
        appointmentId: id,
        authorId: uid(doctor.key),
        body: spec.note,
        createdAt: written,
        updatedAt: written,
      });
    }
  }

  return {
    settings: {
      id: 1,
      name: "Riverside Family Clinic",
      address: "22 River Street, Riverside RV1 4QT",
      phone: "+44 20 7946 0321",
      email: "hello@clinic.test",
      timeZone: TIME_ZONE,
      cancellationCutoffHours: 24,
      minNoticeMinutes: 120,
      bookingWindowDays: 60,
      requireDoctorConfirmation: false,
      reminderLeadMinutes: [1440, 120],
    },
    specialties,
    users: [
      {
        id: uid(ADMIN.key),
        email: ADMIN.email,
        name: ADMIN.name,
        role: Role.ADMIN,
        passwordHash,
        ...staffSecondFactor,
      },
      ...doctors.map((d) => ({
        id: uid(d.key),
        email: d.email,
        name: d.name,
        role: Role.DOCTOR,
        passwordHash,
        ...staffSecondFactor,
      })),
      ...patients.map((p) => ({
        id: uid(p.key),
        email: p.email,
        name: p.name,
        role: Role.PATIENT,
        active: p.active,
        passwordHash,
      })),
    ] satisfies Prisma.UserCreateManyInput[],
    patientProfiles: patients.map((p) => ({
      id: p.profileId,
      userId: uid(p.key),
      phone: p.phone,
      dateOfBirth: dateOnly(p.dateOfBirth),
      address: p.address,
      emergencyName: p.emergencyName,
      emergencyPhone: p.emergencyPhone,
      bloodGroup: p.bloodGroup,
      allergies: p.allergies,
      medicalHistory: p.medicalHistory,
      insuranceNumber: p.insuranceNumber,
    })) satisfies Prisma.PatientProfileCreateManyInput[],
    doctorProfiles: doctors.map((d) => ({
      id: d.profileId,
      userId: uid(d.key),
      specialtyId: specialties.find((s) => s.name === d.specialty)!.id,
      licenseNumber: d.licenseNumber,
      yearsOfExperience: d.yearsOfExperience,
      feeCents: d.feeCents,
      bio: d.bio,
      location: d.location,
      slotMinutes: d.slotMinutes,
      bufferBeforeMin: d.bufferBeforeMin,
      bufferAfterMin: d.bufferAfterMin,
      acceptingPatients: true,
    })) satisfies Prisma.DoctorProfileCreateManyInput[],
    workingHours: doctors.flatMap((d) =>
      Object.entries(d.hours as Record<string, readonly Interval[]>).flatMap(([weekday, intervals]) =>
        intervals.map(([startMinute, endMinute]) => ({
          doctorId: d.profileId,
          weekday: Number(weekday),
          startMinute,
          endMinute,
        })),
      ),
    ) satisfies Prisma.WorkingHoursCreateManyInput[],
    holidays: [{ date: dateOnly(holiday), name: "Staff training day (clinic closed)" }],
    leaves: [
      {
        doctorId: doctors.find((d) => d.key === leave.doctorKey)!.profileId,
        startsAt: new Date(leave.startsAt),
        endsAt: new Date(leave.endsAt),
        note: "Annual leave: dermatology conference",
      },
    ],
    appointments,
    visitNotes,
  };
}

/**
 * Seeds the demo clinic unless the database already has one (the clinic_settings row). All in one
 * transaction, so a crash or a concurrent seed never leaves half a clinic behind.
 */
export async function seedDemoClinic(db: Db, now: Date = new Date()): Promise<{ seeded: boolean }> {
  const exists = () => db.clinicSettings.findUnique({ where: { id: 1 }, select: { id: true } });
  if (await exists()) return { seeded: false };
  // One hash for every account: argon2 is deliberately slow.
  const plan = planDemoClinic(now, await hashPassword(DEMO_PASSWORD));
  try {
    await db.$transaction(
      async (tx) => {
        // The settings row goes first: a concurrent seed blocks on its key here and then fails.
        await tx.clinicSettings.create({ data: plan.settings });
        await tx.specialty.createMany({ data: plan.specialties });
        await tx.user.createMany({ data: plan.users });
        await tx.patientProfile.createMany({ data: plan.patientProfiles });
        await tx.doctorProfile.createMany({ data: plan.doctorProfiles });
        await tx.workingHours.createMany({ data: plan.workingHours });
        await tx.holiday.createMany({ data: plan.holidays });
        await tx.leave.createMany({ data: plan.leaves });
        await tx.appointment.createMany({ data: plan.appointments });
        await tx.visitNote.createMany({ data: plan.visitNotes });
      },
      { maxWait: 30_000, timeout: 60_000 },
    );
  } catch (error) {
    if (await exists()) return { seeded: false }; // another seed won the race
    throw error;
  }
  return { seeded: true };
}
