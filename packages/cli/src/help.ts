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
  trm convert <file|-> --to fhir|htcds|ctdc|csv|jcard|vcard [--format json|csv] [--layout 2021|2024] [--k 11]
              [--referral <file>] [--consent <file>] [--ndjson]
                                       convert Open TRM documents; what the target cannot carry is listed on stderr
  trm convert <file|-> --from fhir|htcds|csv|jcard|vcard --to trm [--options <file>] [--format json|csv]
                                       read documents back from another format (HTCDS needs --options)
  trm diff <old> <new> [--format human|json]
                                       classify schema and codelist changes as major, minor or patch;
                                       <old>, <new>: a schemas directory or a git ref (ref:folder); exit 1 if major
  trm upgrade <file|-> [--to <version>]
                                       upgrade a document to a version of the standard (default: the current),
                                       validate it and print it
  trm serve --db <file> [--port 8787] [--host 127.0.0.1]
                                       run the reference exchange node on a SQLite file (SIGINT/SIGTERM stop it)
  trm tokens create --db <file> --focal-point <id> | --admin
                                       print a new bearer token (only its hash is stored)
  trm directory import --db <file> <focal-point-directory.json>
                                       validate and load the directory the node serves
  trm keys rotate --db <file>          add a new signing key; older ones stay in the JWKS
  trm verify <doc> --jwks <file|url> [--signature <jws|file>]
                                       check a node's signature of a record or document (exit 1 if invalid)
  trm conformance-test --url <base> --token <A> --focal-point-b <id> [--token-b <B>] [--token-c <C>]
                       [--admin-token <t>] [--focal-point-a <id>] [--format human|json]
                                       test an exchange API implementation live (it writes synthetic data; use a
                                       test instance); A defaults to the focal point of GET /; exit 1 if a check fails
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
