export const VERSION = "0.1.0";

export const HELP = `trm ${VERSION}: Open TRM, the data standard for Transnational Referral Mechanisms

Usage:
  trm validate <files, directories, globs or -> [options]
  trm schema <documentType>            print the JSON Schema of a document type
  trm codelist <name> [--format json|csv]
                                       print a codelist (trm codelist --list: every name)
  trm rules [--format json|markdown]   print the rule catalogue
  trm anonymise <file|-> --key-file <path> [--policy share-minimum (default)|research|statistics|<file>] [--ndjson]
                                       pseudonymise, generalise, redact and drop by sensitivity class
  trm risk <dataset> --quasi <pointer,...> --k <n> [--sensitive <pointer,...>] [--format human|json]
                                       k-anonymity and l-diversity of a dataset (JSON array or NDJSON)
  trm stats <dataset> --by <pointer,...> [--threshold 11] [--format csv|json]
                                       counts by dimensions, suppressed and rounded below the threshold
  trm disclose <victim-profile> --consent <consent> --to <focal-point-id or country> --purpose <code>
               [--at <date-time>] [--recipient-category <code>]
                                       the subset of a victim profile that a consent allows to share
  trm --help | --version

Validate options:
  --ndjson               read NDJSON (one document per line; implied for .ndjson and .jsonl files)
  --bundle               validate all documents together, with the cross-document rules
  --format <f>           human (default), json, junit, sarif or github
  --fail-on <level>      error (default) or warning: the lowest severity that fails the run
  --max-issues <n>       print at most n issues per document (default: all)
  --quiet                print only invalid documents and the summary
  --debug                print stack traces of internal errors

Exit codes:
  0  every document is valid
  1  at least one document is invalid (input that is not JSON included)
  2  usage error, or a file that cannot be read
  3  internal error (please report it)

Reports never contain values from the documents: only paths, rule codes and expectations.
`;
