export {
  type AdapterIssue,
  type AdapterIssueCode,
  type AdapterResult,
  adapterIssueCodes,
  type Loss,
} from "./result.js";
