// Keys given to t() are checked against the English catalogue at compile time: a typo or a key that
// was never added fails `tsc`. (The other languages are checked against English by a unit test.)
import type english from "../messages/en.json";

declare module "next-intl" {
  interface AppConfig {
    Messages: typeof english;
  }
}
