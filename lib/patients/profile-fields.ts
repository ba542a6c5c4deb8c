// The patient profile's own facts (contact, address, emergency contact, health, insurance), as one
// Prisma select: the patient's form, the admin's record view and the data export read the same set.
export const profileFactsSelect = {
  phone: true,
  dateOfBirth: true,
  address: true,
  city: true,
  postalCode: true,
  emergencyName: true,
  emergencyRelationship: true,
  emergencyPhone: true,
  bloodGroup: true,
  allergies: true,
  medicalHistory: true,
  currentMedications: true,
  insuranceProvider: true,
  insuranceNumber: true,
} as const;
