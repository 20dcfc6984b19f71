import { r001 } from "./r001-dates.js";
import { r002 } from "./r002-child-context.js";
import { r003 } from "./r003-presumption-of-minority.js";
import { r004 } from "./r004-consent-basis.js";
import { r005 } from "./r005-child-safeguards.js";
import { r006 } from "./r006-return-risk.js";
import { r007 } from "./r007-status-history.js";
import { r008 } from "./r008-scope.js";
import { r009 } from "./r009-consent-events.js";
import { r010 } from "./r010-special-category.js";
import { r011 } from "./r011-verification.js";
import { r012 } from "./r012-reflection-period.js";
import { r013 } from "./r013-disclosure.js";
import type { CrossRule, DocumentRule } from "./types.js";
import { x001 } from "./x001-consent-coverage.js";
import { x002 } from "./x002-focal-point-refs.js";
import { x003 } from "./x003-best-interests.js";

/** The semantic rules on single documents (TRM-R001..TRM-R013), in catalogue order. */
export const documentRules: readonly DocumentRule[] = [
  r001,
  r002,
  r003,
  r004,
  r005,
  r006,
  r007,
  r008,
  r009,
  r010,
  r011,
  r012,
  r013,
];

/** The rules across the documents of a bundle (TRM-X001..TRM-X003), in catalogue order. */
export const crossRules: readonly CrossRule[] = [x001, x002, x003];
