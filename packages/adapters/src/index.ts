export {
  type AdapterIssue,
  type AdapterIssueCode,
  type AdapterResult,
  adapterIssueCodes,
  type Loss,
  type TrmDocument,
} from "./result.js";
