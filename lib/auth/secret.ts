export const missingSecretMessage =
  "AUTH_SECRET is not set: set it to a long random value (e.g. `openssl rand -base64 32`) in the environment or .env before starting in production.";
