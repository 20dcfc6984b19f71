// GENERATED from schemas/v1/openapi.json by openapi-typescript (pnpm generate). Do not edit.
export interface paths {
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Describe the node
         * @description The standard version, the node's focal point, its profiles, where this description is, and its JWKS.
         *
         *     No token needed.
         */
        get: operations["getNode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This API description
         * @description The OpenAPI 3.1 document of the API, as published in `schemas/v1/openapi.json`.
         *
         *     No token needed.
         */
        get: operations["getOpenApi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The node's signing keys
         * @description Every public key the node signed with, so that signatures can be checked offline.
         *
         *     No token needed.
         */
        get: operations["getJwks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/focal-points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the directory
         * @description The focal point directory the node serves; 404 when none has been loaded.
         *
         *     Needs a focal-point or administrator token.
         */
        get: operations["getDirectory"];
        /**
         * Replace the directory
         * @description Replaces the whole directory with a valid focalPointDirectory document.
         *
         *     Needs an administrator token; a focal-point token answers 403.
         */
        put: operations["putDirectory"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/focal-points/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a focal point
         * @description One focal point of the directory.
         *
         *     Needs a focal-point or administrator token.
         */
        get: operations["getFocalPoint"];
        /**
         * Create or replace a focal point
         * @description Upserts one focal point of the directory; the body's `id` must be the path's (400). Without a directory loaded (`PUT /focal-points` first) it answers 409.
         *
         *     Needs an administrator token; a focal-point token answers 403.
         */
        put: operations["putFocalPoint"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the change feed
         * @description Status transitions and consent events about resources the token may see, as CloudEvents 1.0 without personal data. With `wait`, a request that finds nothing new waits up to that many seconds for an event (long-poll).
         *
         *     Needs a focal-point or administrator token.
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the audit trail
         * @description Who read or wrote which document, when, and whether it was allowed: every access to referrals and consents except 401s, appended in the same transaction as the access.
         *
         *     Needs an administrator token; a focal-point token answers 403.
         */
        get: operations["listAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List referrals
         * @description Referrals the token's focal point sent or receives, as summaries without personal data, ordered by (`updatedAt`, `id`).
         *
         *     Needs a focal-point token.
         */
        get: operations["listReferrals"];
        put?: never;
        /**
         * Send a referral
         * @description Stores a referral addressed to a focal point of the node's directory. Checks, in order: body size (413), JSON (400), the validator's structure and document rules (422 `invalid-document` with issues), the sender is the token's focal point (403), the receiver is in the directory and `status` is `sent` (422), then the consent gate: with `consentRef` the stored consent must be visible to the sender and cover the disclosure now (422 `consent-not-covering`, the refusal code in `detail`); without it a `consentOverride` is required. Nothing is stored when a check fails. A 201 is sent only once the referral is durable.
         *
         *     Needs a focal-point token.
         */
        post: operations["sendReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/referrals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a referral
         * @description The stored referral with its signature. When its consent (not an override) is no longer valid at the time of the read, answers 451 `consent-withdrawn` instead.
         *
         *     Needs a focal-point token.
         */
        get: operations["getReferral"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/referrals/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change a referral's status
         * @description Applies an action: `acknowledge`, `accept`, `reject` (with a reason), `start` and `complete` are the receiver's, `withdraw` the sender's (the other party gets 403). The referral state machine of data model section 6 decides what is legal (409 `illegal-transition`). Appends to `statusHistory`, sets `status` and `updatedAt`, and re-signs.
         *
         *     Needs a focal-point token.
         */
        post: operations["transitionReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a consent
         * @description Stores a consent document. It must be valid (422) and recorded by the token's focal point (`recordedBy`, else 403); an id that exists answers 409.
         *
         *     Needs a focal-point token.
         */
        post: operations["postConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/consents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a consent
         * @description A consent the token's focal point recorded or controls, or that a referral it may see references; `state` is the state now.
         *
         *     Needs a focal-point token.
         */
        get: operations["getConsent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/consents/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a consent event
         * @description Appends one event (`recordedBy` must be the token's focal point, 403 otherwise); the whole updated consent must validate (422). A `withdrawn` or `revoked` event takes effect at once: later reads of referrals disclosed under this consent answer 451.
         *
         *     Needs a focal-point token.
         */
        post: operations["addConsentEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * Node info
         * @description What a node is: the standard version it serves, its focal point, its profiles and its public signing keys.
         */
        NodeInfo: {
            /**
             * Standard version
             * @description The Open TRM version served.
             * @constant
             */
            standardVersion: "1.0";
            /**
             * Name
             * @description Human name of the node.
             */
            name: string;
            /**
             * Focal point
             * @description The focal point that operates the node, or null when none is configured.
             */
            focalPoint: string | null;
            /**
             * Profiles
             * @description Extension namespaces whose profiles the node validates (for example `si` or `org.example.ngo`).
             */
            profiles: string[];
            /**
             * OpenAPI
             * @description URL reference of this API description: `/openapi.json`.
             */
            openapi: string;
            jwks: components["schemas"]["JWKS"];
        };
        /**
         * JWKS
         * @description The public keys of a node's document signatures.
         */
        JWKS: {
            /**
             * Keys
             * @description Every public key the node has signed with; rotated keys stay so older signatures still verify.
             */
            keys: components["schemas"]["JWK"][];
        };
        /**
         * JWK
         * @description An Ed25519 public key of a node, as a JSON Web Key.
         */
        JWK: {
            /**
             * Key type
             * @description Octet key pair (RFC 8037).
             * @constant
             */
            kty: "OKP";
            /**
             * Curve
             * @description The Ed25519 curve (RFC 8037).
             * @constant
             */
            crv: "Ed25519";
            /**
             * Public key
             * @description The 32-byte public key, base64url.
             */
            x: string;
            /**
             * Key id
             * @description The RFC 7638 JWK thumbprint (SHA-256, base64url) of the key; the `kid` of the signatures it verifies.
             */
            kid: string;
            /**
             * Algorithm
             * @description The JWS algorithm the key is used with.
             * @constant
             */
            alg?: "EdDSA";
            /**
             * Use
             * @description The key verifies signatures.
             * @constant
             */
            use?: "sig";
        };
        /**
         * Referral record
         * @description A stored referral: the document as the node holds it now, with routing, status, ETag and the node's signature.
         */
        ReferralRecord: {
            /**
             * Id
             * Format: uuid
             * @description The referral's `id`.
             */
            id: string;
            status: components["schemas"]["ReferralStatus"];
            /**
             * Sender
             * Format: uuid
             * @description The sender focal point (`from.focalPoint`).
             */
            sender: string;
            /**
             * Receiver
             * Format: uuid
             * @description The receiver focal point (`to.focalPoint`).
             */
            receiver: string;
            senderCountry: components["schemas"]["CountryCode"];
            receiverCountry: components["schemas"]["CountryCode"];
            /**
             * Created at
             * Format: date-time
             * @description When the node stored the referral.
             */
            createdAt: string;
            /**
             * Updated at
             * Format: date-time
             * @description When the node last changed the referral.
             */
            updatedAt: string;
            /**
             * ETag
             * @description The strong ETag of the stored document, quotes included, exactly as in the `ETag` header; send it in `If-Match`.
             */
            etag: string;
            document: components["schemas"]["referral.schema"];
            /**
             * Signature
             * @description The node's detached JWS (RFC 7515 Appendix F, `alg: EdDSA`, `kid` an RFC 7638 thumbprint) over the RFC 8785 canonical JSON of `document`; verify it with the node's JWKS.
             */
            signature: string;
        };
        /**
         * Referral summary
         * @description A referral in a list: routing and status only, no personal data.
         */
        ReferralSummary: {
            /**
             * Id
             * Format: uuid
             * @description The referral's `id`.
             */
            id: string;
            status: components["schemas"]["ReferralStatus"];
            /**
             * Sender
             * Format: uuid
             * @description The sender focal point (`from.focalPoint`).
             */
            sender: string;
            /**
             * Receiver
             * Format: uuid
             * @description The receiver focal point (`to.focalPoint`).
             */
            receiver: string;
            senderCountry: components["schemas"]["CountryCode"];
            receiverCountry: components["schemas"]["CountryCode"];
            /**
             * Created at
             * Format: date-time
             * @description When the node stored the referral.
             */
            createdAt: string;
            /**
             * Updated at
             * Format: date-time
             * @description When the node last changed the referral.
             */
            updatedAt: string;
            /**
             * ETag
             * @description The strong ETag of the stored document, quotes included, exactly as in the `ETag` header; send it in `If-Match`.
             */
            etag: string;
        };
        /**
         * Referral page
         * @description A page of referral summaries, ordered by (`updatedAt`, `id`).
         */
        ReferralPage: {
            /**
             * Items
             * @description The referrals of this page.
             */
            items: components["schemas"]["ReferralSummary"][];
            /**
             * Next cursor
             * @description Pass as `cursor` for the next page; null on the last page.
             */
            nextCursor: string | null;
        };
        /**
         * Referral status
         * @description A code of the `referralStatus` codelist.
         * @enum {string}
         */
        ReferralStatus: "draft" | "sent" | "acknowledged" | "accepted" | "rejected" | "withdrawn" | "expired" | "inProgress" | "completed";
        /**
         * Transition request
         * @description A status change of a referral; the node checks it against the referral state machine (data model section 6).
         */
        TransitionRequest: {
            /**
             * Action
             * @description Reject the referral.
             * @constant
             */
            action: "reject";
            /**
             * Reason
             * @description Why the referral is rejected: a code of the `referralRejectionReason` codelist.
             * @enum {string}
             */
            reason: "outsideMandate" | "noCapacity" | "insufficientInformation" | "consentMissing" | "duplicate" | "other";
            /**
             * Note
             * @description Free text stored in the new `statusHistory` entry (sensitivity class `freeText`).
             */
            note?: string;
        } | {
            /**
             * Action
             * @description `acknowledge`, `accept`, `start` and `complete` are the receiver's; `withdraw` is the sender's.
             * @enum {string}
             */
            action: "acknowledge" | "accept" | "withdraw" | "start" | "complete";
            /**
             * Note
             * @description Free text stored in the new `statusHistory` entry (sensitivity class `freeText`).
             */
            note?: string;
        };
        /**
         * Consent record
         * @description A stored consent with its state at the time of the response (an expired `validUntil` reads as `expired`).
         */
        ConsentRecord: {
            /**
             * Id
             * Format: uuid
             * @description The consent's `id`.
             */
            id: string;
            state: components["schemas"]["ConsentState"];
            document: components["schemas"]["consent.schema"];
            /**
             * ETag
             * @description The strong ETag of the stored document, quotes included, exactly as in the `ETag` header; send it in `If-Match`.
             */
            etag: string;
            /**
             * Signature
             * @description The node's detached JWS (RFC 7515 Appendix F, `alg: EdDSA`, `kid` an RFC 7638 thumbprint) over the RFC 8785 canonical JSON of `document`; verify it with the node's JWKS.
             */
            signature: string;
            /**
             * Created at
             * Format: date-time
             * @description When the node stored the consent.
             */
            createdAt: string;
            /**
             * Updated at
             * Format: date-time
             * @description When the node last changed the consent.
             */
            updatedAt: string;
        };
        /**
         * Consent event
         * @description One change of the consent's state.
         */
        ConsentEventRequest: {
            /**
             * State
             * @description The consent state entered.
             * @enum {string}
             */
            state: "requested" | "given" | "refused" | "withdrawn" | "revoked" | "expired" | "renewed";
            /**
             * At
             * Format: date-time
             * @description When the state was entered.
             */
            at: string;
            /**
             * Recorded by
             * Format: uuid
             * @description Who recorded the event.
             */
            recordedBy: string;
            /**
             * Valid until
             * Format: date-time
             * @description When a given or renewed consent expires.
             */
            validUntil?: string;
        };
        /**
         * Consent state
         * @description A code of the `consentState` codelist.
         * @enum {string}
         */
        ConsentState: "requested" | "given" | "refused" | "withdrawn" | "revoked" | "expired" | "renewed";
        /**
         * CloudEvent
         * @description One change the token may see, as a CloudEvents 1.0 event in the JSON event format.
         */
        CloudEvent: components["schemas"]["ReferralEvent"] | components["schemas"]["ConsentEvent"];
        /**
         * Referral event
         * @description A referral was created or changed status.
         */
        ReferralEvent: {
            /**
             * Spec version
             * @description CloudEvents specification version.
             * @constant
             */
            specversion: "1.0";
            /**
             * Id
             * @description Unique per `source`; a consumer may use it to drop duplicates.
             */
            id: string;
            /**
             * Source
             * @description `urn:open-trm:node:<node id>`: the node that emitted the event.
             */
            source: string;
            /**
             * Time
             * Format: date-time
             * @description When the change happened.
             */
            time: string;
            /**
             * Subject
             * Format: uuid
             * @description The id of the referral or consent the event is about.
             */
            subject: string;
            /**
             * Data content type
             * @description `data` is JSON.
             * @constant
             */
            datacontenttype: "application/json";
            /**
             * Type
             * @description What happened to the referral.
             * @enum {string}
             */
            type: "org.open-trm.referral.created" | "org.open-trm.referral.transitioned";
            /**
             * Data
             * @description The referral's new status and routing; no personal data.
             */
            data: {
                /**
                 * Referral
                 * Format: uuid
                 * @description The referral's id.
                 */
                referralId: string;
                status: components["schemas"]["ReferralStatus"];
                /**
                 * Sender
                 * Format: uuid
                 * @description The sender focal point.
                 */
                sender: string;
                /**
                 * Receiver
                 * Format: uuid
                 * @description The receiver focal point.
                 */
                receiver: string;
            };
        };
        /**
         * Consent event notice
         * @description A consent entered a new state (given, withdrawn, revoked ...).
         */
        ConsentEvent: {
            /**
             * Spec version
             * @description CloudEvents specification version.
             * @constant
             */
            specversion: "1.0";
            /**
             * Id
             * @description Unique per `source`; a consumer may use it to drop duplicates.
             */
            id: string;
            /**
             * Source
             * @description `urn:open-trm:node:<node id>`: the node that emitted the event.
             */
            source: string;
            /**
             * Time
             * Format: date-time
             * @description When the change happened.
             */
            time: string;
            /**
             * Subject
             * Format: uuid
             * @description The id of the referral or consent the event is about.
             */
            subject: string;
            /**
             * Data content type
             * @description `data` is JSON.
             * @constant
             */
            datacontenttype: "application/json";
            /**
             * Type
             * @description A consent event was recorded.
             * @constant
             */
            type: "org.open-trm.consent.event";
            /**
             * Data
             * @description The consent's new state; no personal data.
             */
            data: {
                /**
                 * Consent
                 * Format: uuid
                 * @description The consent's id.
                 */
                consentId: string;
                state: components["schemas"]["ConsentState"];
            };
        };
        /**
         * Event page
         * @description A page of the change feed; long-polls up to `wait` seconds when nothing is new.
         */
        EventPage: {
            /**
             * Items
             * @description The events of this page, oldest first.
             */
            items: components["schemas"]["CloudEvent"][];
            /**
             * Next cursor
             * @description Pass as `after` to read on; returned even when `items` is empty.
             */
            nextCursor: string;
        };
        /**
         * Audit entry
         * @description One read or write of a document, allowed or denied (401s are not recorded).
         */
        AuditEntry: {
            /**
             * Sequence
             * @description Position in the append-only log.
             */
            seq: number;
            /**
             * At
             * Format: date-time
             * @description When the access happened.
             */
            at: string;
            /**
             * Actor
             * @description The focal point whose token was used, or `admin` for an administrator token.
             */
            actor: string | "admin";
            /**
             * Action
             * @description What the actor did.
             * @enum {string}
             */
            action: "read" | "list" | "create" | "update";
            /**
             * Resource
             * @description The kind of resource accessed.
             * @enum {string}
             */
            resource: "referral" | "consent" | "focalPoint" | "directory";
            /**
             * Resource id
             * @description The id accessed; null for lists and the directory.
             */
            resourceId: string | null;
            /**
             * Outcome
             * @description Whether the access was allowed.
             * @enum {string}
             */
            outcome: "allowed" | "denied";
            /**
             * Status
             * @description The HTTP status of the response.
             */
            status: number;
        };
        /**
         * Audit page
         * @description A page of audit entries, by `seq`.
         */
        AuditPage: {
            /**
             * Items
             * @description The entries of this page, by `seq`.
             */
            items: components["schemas"]["AuditEntry"][];
            /**
             * Next cursor
             * @description Pass as `after` for the next page; null at the end.
             */
            nextCursor: string | null;
        };
        /**
         * Problem
         * @description An error as RFC 9457 problem details (`application/problem+json`). Never contains a field value.
         */
        Problem: {
            /**
             * Type
             * @description `https://open-trm.org/problems/<slug>` (see the slugs in the API description), or `about:blank`.
             */
            type: string;
            /**
             * Title
             * @description Short summary of the problem type.
             */
            title: string;
            /**
             * Status
             * @description The HTTP status code of this occurrence.
             */
            status: number;
            /**
             * Detail
             * @description Explanation of this occurrence (for `consent-not-covering`, the refusal code); never a field value.
             */
            detail?: string;
            /**
             * Instance
             * @description URI reference of this occurrence.
             */
            instance?: string;
            /**
             * Issues
             * @description Validator issues, for `invalid-document` and `bad-request`.
             */
            issues?: components["schemas"]["Issue"][];
        };
        /**
         * Issue
         * @description One finding of the validator. Issues name a path and a rule and never carry a value from the document.
         */
        Issue: {
            /**
             * Code
             * @description Stable issue code (`TRM-S001`, `TRM-R004` ...).
             */
            code: string;
            /**
             * Severity
             * @description `error` makes the document invalid.
             * @enum {string}
             */
            severity: "error" | "warning";
            /**
             * Path
             * @description JSON Pointer (RFC 6901) of the fault; `""` is the document.
             */
            path: string;
            /**
             * Message
             * @description What is wrong and what was expected; no values.
             */
            message: string;
            /**
             * Rule
             * @description The semantic rule that raised the issue.
             */
            ruleId?: string;
            /**
             * Schema path
             * @description JSON Schema location of the failing keyword.
             */
            schemaPath?: string;
        };
        /**
         * Country code
         * @description ISO 3166-1 alpha-2 code, upper case, or `XK` (see the `country` codelist).
         * @enum {string}
         */
        CountryCode: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "XK" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
        Referral: components["schemas"]["referral.schema"];
        Consent: components["schemas"]["consent.schema"];
        FocalPoint: components["schemas"]["focal-point.schema"];
        FocalPointDirectory: components["schemas"]["focal-point-directory.schema"];
        /**
         * Focal point directory
         * @description A published national or regional contact list of TRM focal points.
         */
        "focal-point-directory.schema": {
            /**
             * Document type
             * @description What this document is; always `focalPointDirectory` for this schema.
             * @constant
             */
            documentType: "focalPointDirectory";
            /**
             * Standard version
             * @description The major.minor version of the Open TRM standard the document follows; patch releases never change it.
             * @constant
             */
            standardVersion: "1.0";
            /**
             * Identifier
             * Format: uuid
             * @description Opaque local identifier (UUID) of this document.
             */
            id: string;
            /**
             * Created at
             * Format: date-time
             * @description When the document was first created (RFC 3339 with offset).
             */
            createdAt: string;
            /**
             * Updated at
             * Format: date-time
             * @description When this version of the document was written; never before `createdAt`.
             */
            updatedAt: string;
            /**
             * Recorded by
             * Format: uuid
             * @description The focal point that authored this version.
             */
            recordedBy: string;
            /**
             * Extensions
             * @description National or organisational additions, keyed by namespace (a country code such as `si` or a reverse domain such as `org.example.ngo`). Content is validated only by registered profiles and is treated as free text by privacy tools.
             */
            extensions?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            /**
             * Publisher
             * @description Who publishes the directory.
             */
            publisher: {
                /**
                 * Country
                 * @description Country of the publisher.
                 * @enum {string}
                 */
                country: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "XK" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
                /**
                 * Institution
                 * @description Name of the publishing institution.
                 */
                institution: string;
            };
            /**
             * Published on
             * Format: date
             * @description Date of publication.
             */
            publishedOn: string;
            /**
             * Version
             * @description Version of the directory, as the publisher numbers it.
             */
            version: string;
            /**
             * Focal points
             * @description The focal points listed.
             */
            focalPoints: {
                /**
                 * Document type
                 * @description What this document is; always `focalPoint` for this schema.
                 * @constant
                 */
                documentType: "focalPoint";
                /**
                 * Standard version
                 * @description The major.minor version of the Open TRM standard the document follows; patch releases never change it.
                 * @constant
                 */
                standardVersion: "1.0";
                /**
                 * Identifier
                 * Format: uuid
                 * @description Opaque local identifier (UUID) of this document.
                 */
                id: string;
                /**
                 * Created at
                 * Format: date-time
                 * @description When the document was first created (RFC 3339 with offset).
                 */
                createdAt: string;
                /**
                 * Updated at
                 * Format: date-time
                 * @description When this version of the document was written; never before `createdAt`.
                 */
                updatedAt: string;
                /**
                 * Recorded by
                 * Format: uuid
                 * @description The focal point that authored this version.
                 */
                recordedBy: string;
                /**
                 * Extensions
                 * @description National or organisational additions, keyed by namespace (a country code such as `si` or a reverse domain such as `org.example.ngo`). Content is validated only by registered profiles and is treated as free text by privacy tools.
                 */
                extensions?: {
                    [key: string]: {
                        [key: string]: unknown;
                    };
                };
                /**
                 * Country
                 * @description Country the focal point serves.
                 * @enum {string}
                 */
                country: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "XK" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
                /**
                 * Subdivision
                 * @description ISO 3166-2 subdivision it serves.
                 */
                subdivision?: string;
                /**
                 * Institution
                 * @description The institution the focal point belongs to.
                 */
                institution: {
                    /**
                     * Name
                     * @description Name of the institution.
                     */
                    name: string;
                    /**
                     * Type
                     * @description Kind of institution.
                     * @enum {string}
                     */
                    type: "nationalCoordinator" | "nationalRapporteur" | "ngo" | "lawEnforcement" | "borderGuard" | "prosecution" | "judiciary" | "labourInspectorate" | "socialServices" | "childProtectionAuthority" | "guardianshipAuthority" | "healthService" | "immigrationService" | "legalService" | "consulateOrEmbassy" | "internationalOrganisation" | "helpline" | "shelter" | "other";
                    /**
                     * Website
                     * @description The institution's web address (http or https).
                     */
                    website?: string;
                    /**
                     * Identifier
                     * @description An official identifier of the institution.
                     */
                    identifier?: {
                        /**
                         * Scheme
                         * @description Identifier scheme (an org-id.guide list code).
                         */
                        scheme: string;
                        /**
                         * Value
                         * @description The identifier in that scheme.
                         */
                        value: string;
                    };
                };
                /**
                 * Roles
                 * @description Roles in the NRM and TRM.
                 */
                roles: ("nationalCoordinator" | "nrmCoordinator" | "trmContactPoint" | "identificationAuthority" | "serviceProvider" | "caseManager" | "returnFocalPoint" | "legalAssistance" | "childProtection" | "hotline")[];
                /**
                 * Mandate
                 * @description What the focal point is mandated to do.
                 */
                mandate?: {
                    /**
                     * TRM stages
                     * @description TRM stages it acts in.
                     */
                    trmStages: ("identification" | "firstAssistanceAndProtection" | "longTermAssistanceAndSocialInclusion" | "returnAndSocialInclusion" | "criminalAndCivilProceedings")[];
                    /**
                     * Target groups
                     * @description Adults, children or both.
                     * @enum {string}
                     */
                    targetGroups: "adults" | "children" | "both";
                    /**
                     * Forms of exploitation
                     * @description Forms of exploitation it handles; all when absent.
                     */
                    exploitationForms?: ("sexualExploitation" | "forcedLabourOrServices" | "forcedBegging" | "slaveryOrSimilarPractices" | "servitude" | "exploitationOfCriminalActivities" | "organRemoval" | "exploitationOfSurrogacy" | "forcedMarriage" | "illegalAdoption" | "childLabour" | "forcedMilitaryServiceByNonStateActors" | "other" | "unknown")[];
                    /**
                     * Services
                     * @description Services it provides.
                     */
                    services?: ("shelter" | "medical" | "psychological" | "legalAssistance" | "interpretation" | "financial" | "education" | "vocationalTraining" | "employment" | "familyTracing" | "familyReunification" | "documentation" | "safeReturn" | "socialInclusion" | "childProtection" | "other")[];
                };
                /**
                 * Contact person
                 * @description A contact person; role-based contacts are preferred to named ones.
                 */
                contactPerson?: {
                    /**
                     * Name
                     * @description Name of the contact person.
                     */
                    name?: string;
                    /**
                     * Title
                     * @description Job title or function.
                     */
                    title?: string;
                };
                /**
                 * Phones
                 * @description Phone lines.
                 */
                phones: {
                    /**
                     * Number
                     * @description The phone number in E.164 form.
                     */
                    number: string;
                    /**
                     * Type
                     * @description Kind of line (RFC 6350 TEL types).
                     * @enum {string}
                     */
                    type: "voice" | "text" | "fax" | "cell" | "video" | "pager" | "textphone";
                    /**
                     * Languages
                     * @description Languages answered on this line.
                     */
                    languages?: string[];
                }[];
                /**
                 * E-mails
                 * @description E-mail addresses of the focal point.
                 */
                emails: string[];
                /**
                 * Secure channels
                 * @description Secure channels for personal data.
                 */
                secureChannels?: {
                    /**
                     * Type
                     * @description Kind of secure channel.
                     * @enum {string}
                     */
                    type: "encryptedEmail" | "openpgp" | "smime" | "securePlatform" | "other";
                    /**
                     * Address
                     * @description Address or identifier on that channel.
                     */
                    address: string;
                    /**
                     * Public key fingerprint
                     * @description Upper-case hexadecimal fingerprint (SHA-1 or SHA-256) of the channel's public key.
                     */
                    publicKeyFingerprint?: string;
                }[];
                /**
                 * Languages
                 * @description Languages the focal point works in.
                 */
                languages: string[];
                /**
                 * Availability
                 * @description When the focal point can be reached.
                 */
                availability: {
                    /**
                     * Around the clock
                     * @description Whether it is reachable 24 hours a day, 7 days a week.
                     */
                    is24x7: boolean;
                    /**
                     * Hours
                     * @description Opening hours.
                     */
                    hours?: {
                        /**
                         * Days
                         * @description Days these hours apply to.
                         */
                        days: ("mo" | "tu" | "we" | "th" | "fr" | "sa" | "su")[];
                        /**
                         * Opens
                         * @description Opening time, local (HH:MM).
                         */
                        opens: string;
                        /**
                         * Closes
                         * @description Closing time, local (HH:MM).
                         */
                        closes: string;
                    }[];
                    /**
                     * Time zone
                     * @description IANA time zone of the hours.
                     */
                    timeZone: string;
                    /**
                     * Out of hours
                     * @description What to do outside the hours.
                     */
                    outOfHours?: string;
                };
                /**
                 * Status
                 * @description Whether the entry is in use.
                 * @enum {string}
                 */
                status: "active" | "inactive" | "superseded";
                /**
                 * Superseded by
                 * Format: uuid
                 * @description The entry that replaces this one.
                 */
                supersededBy?: string;
                /**
                 * Verification
                 * @description When the entry was verified; contact lists must be regularly updated (Brdo Process joint declaration, 2012).
                 */
                verification: {
                    /**
                     * Last verified on
                     * Format: date
                     * @description When the entry was last checked.
                     */
                    lastVerifiedOn: string;
                    /**
                     * Verified by
                     * Format: uuid
                     * @description Who checked it.
                     */
                    verifiedBy: string;
                    /**
                     * Next review due
                     * Format: date
                     * @description When it must be checked again.
                     */
                    nextReviewDue: string;
                };
            }[];
            /**
             * Previous version
             * @description Version this one replaces.
             */
            previousVersion?: string;
        };
        /**
         * Focal point
         * @description One contact point in a national contact list of the TRM: institution, roles, mandate, channels, languages, availability and verification.
         */
        "focal-point.schema": {
            /**
             * Document type
             * @description What this document is; always `focalPoint` for this schema.
             * @constant
             */
            documentType: "focalPoint";
            /**
             * Standard version
             * @description The major.minor version of the Open TRM standard the document follows; patch releases never change it.
             * @constant
             */
            standardVersion: "1.0";
            /**
             * Identifier
             * Format: uuid
             * @description Opaque local identifier (UUID) of this document.
             */
            id: string;
            /**
             * Created at
             * Format: date-time
             * @description When the document was first created (RFC 3339 with offset).
             */
            createdAt: string;
            /**
             * Updated at
             * Format: date-time
             * @description When this version of the document was written; never before `createdAt`.
             */
            updatedAt: string;
            /**
             * Recorded by
             * Format: uuid
             * @description The focal point that authored this version.
             */
            recordedBy: string;
            /**
             * Extensions
             * @description National or organisational additions, keyed by namespace (a country code such as `si` or a reverse domain such as `org.example.ngo`). Content is validated only by registered profiles and is treated as free text by privacy tools.
             */
            extensions?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            /**
             * Country
             * @description Country the focal point serves.
             * @enum {string}
             */
            country: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "XK" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
            /**
             * Subdivision
             * @description ISO 3166-2 subdivision it serves.
             */
            subdivision?: string;
            /**
             * Institution
             * @description The institution the focal point belongs to.
             */
            institution: {
                /**
                 * Name
                 * @description Name of the institution.
                 */
                name: string;
                /**
                 * Type
                 * @description Kind of institution.
                 * @enum {string}
                 */
                type: "nationalCoordinator" | "nationalRapporteur" | "ngo" | "lawEnforcement" | "borderGuard" | "prosecution" | "judiciary" | "labourInspectorate" | "socialServices" | "childProtectionAuthority" | "guardianshipAuthority" | "healthService" | "immigrationService" | "legalService" | "consulateOrEmbassy" | "internationalOrganisation" | "helpline" | "shelter" | "other";
                /**
                 * Website
                 * @description The institution's web address (http or https).
                 */
                website?: string;
                /**
                 * Identifier
                 * @description An official identifier of the institution.
                 */
                identifier?: {
                    /**
                     * Scheme
                     * @description Identifier scheme (an org-id.guide list code).
                     */
                    scheme: string;
                    /**
                     * Value
                     * @description The identifier in that scheme.
                     */
                    value: string;
                };
            };
            /**
             * Roles
             * @description Roles in the NRM and TRM.
             */
            roles: ("nationalCoordinator" | "nrmCoordinator" | "trmContactPoint" | "identificationAuthority" | "serviceProvider" | "caseManager" | "returnFocalPoint" | "legalAssistance" | "childProtection" | "hotline")[];
            /**
             * Mandate
             * @description What the focal point is mandated to do.
             */
            mandate?: {
                /**
                 * TRM stages
                 * @description TRM stages it acts in.
                 */
                trmStages: ("identification" | "firstAssistanceAndProtection" | "longTermAssistanceAndSocialInclusion" | "returnAndSocialInclusion" | "criminalAndCivilProceedings")[];
                /**
                 * Target groups
                 * @description Adults, children or both.
                 * @enum {string}
                 */
                targetGroups: "adults" | "children" | "both";
                /**
                 * Forms of exploitation
                 * @description Forms of exploitation it handles; all when absent.
                 */
                exploitationForms?: ("sexualExploitation" | "forcedLabourOrServices" | "forcedBegging" | "slaveryOrSimilarPractices" | "servitude" | "exploitationOfCriminalActivities" | "organRemoval" | "exploitationOfSurrogacy" | "forcedMarriage" | "illegalAdoption" | "childLabour" | "forcedMilitaryServiceByNonStateActors" | "other" | "unknown")[];
                /**
                 * Services
                 * @description Services it provides.
                 */
                services?: ("shelter" | "medical" | "psychological" | "legalAssistance" | "interpretation" | "financial" | "education" | "vocationalTraining" | "employment" | "familyTracing" | "familyReunification" | "documentation" | "safeReturn" | "socialInclusion" | "childProtection" | "other")[];
            };
            /**
             * Contact person
             * @description A contact person; role-based contacts are preferred to named ones.
             */
            contactPerson?: {
                /**
                 * Name
                 * @description Name of the contact person.
                 */
                name?: string;
                /**
                 * Title
                 * @description Job title or function.
                 */
                title?: string;
            };
            /**
             * Phones
             * @description Phone lines.
             */
            phones: {
                /**
                 * Number
                 * @description The phone number in E.164 form.
                 */
                number: string;
                /**
                 * Type
                 * @description Kind of line (RFC 6350 TEL types).
                 * @enum {string}
                 */
                type: "voice" | "text" | "fax" | "cell" | "video" | "pager" | "textphone";
                /**
                 * Languages
                 * @description Languages answered on this line.
                 */
                languages?: string[];
            }[];
            /**
             * E-mails
             * @description E-mail addresses of the focal point.
             */
            emails: string[];
            /**
             * Secure channels
             * @description Secure channels for personal data.
             */
            secureChannels?: {
                /**
                 * Type
                 * @description Kind of secure channel.
                 * @enum {string}
                 */
                type: "encryptedEmail" | "openpgp" | "smime" | "securePlatform" | "other";
                /**
                 * Address
                 * @description Address or identifier on that channel.
                 */
                address: string;
                /**
                 * Public key fingerprint
                 * @description Upper-case hexadecimal fingerprint (SHA-1 or SHA-256) of the channel's public key.
                 */
                publicKeyFingerprint?: string;
            }[];
            /**
             * Languages
             * @description Languages the focal point works in.
             */
            languages: string[];
            /**
             * Availability
             * @description When the focal point can be reached.
             */
            availability: {
                /**
                 * Around the clock
                 * @description Whether it is reachable 24 hours a day, 7 days a week.
                 */
                is24x7: boolean;
                /**
                 * Hours
                 * @description Opening hours.
                 */
                hours?: {
                    /**
                     * Days
                     * @description Days these hours apply to.
                     */
                    days: ("mo" | "tu" | "we" | "th" | "fr" | "sa" | "su")[];
                    /**
                     * Opens
                     * @description Opening time, local (HH:MM).
                     */
                    opens: string;
                    /**
                     * Closes
                     * @description Closing time, local (HH:MM).
                     */
                    closes: string;
                }[];
                /**
                 * Time zone
                 * @description IANA time zone of the hours.
                 */
                timeZone: string;
                /**
                 * Out of hours
                 * @description What to do outside the hours.
                 */
                outOfHours?: string;
            };
            /**
             * Status
             * @description Whether the entry is in use.
             * @enum {string}
             */
            status: "active" | "inactive" | "superseded";
            /**
             * Superseded by
             * Format: uuid
             * @description The entry that replaces this one.
             */
            supersededBy?: string;
            /**
             * Verification
             * @description When the entry was verified; contact lists must be regularly updated (Brdo Process joint declaration, 2012).
             */
            verification: {
                /**
                 * Last verified on
                 * Format: date
                 * @description When the entry was last checked.
                 */
                lastVerifiedOn: string;
                /**
                 * Verified by
                 * Format: uuid
                 * @description Who checked it.
                 */
                verifiedBy: string;
                /**
                 * Next review due
                 * Format: date
                 * @description When it must be checked again.
                 */
                nextReviewDue: string;
            };
        };
        /**
         * Referral
         * @description One referral or transfer of a person's case between focal points, national or transnational, with the minimum data the consent allows.
         */
        "referral.schema": {
            /**
             * Document type
             * @description What this document is; always `referral` for this schema.
             * @constant
             */
            documentType: "referral";
            /**
             * Standard version
             * @description The major.minor version of the Open TRM standard the document follows; patch releases never change it.
             * @constant
             */
            standardVersion: "1.0";
            /**
             * Identifier
             * Format: uuid
             * @description Opaque local identifier (UUID) of this document.
             */
            id: string;
            /**
             * Created at
             * Format: date-time
             * @description When the document was first created (RFC 3339 with offset).
             */
            createdAt: string;
            /**
             * Updated at
             * Format: date-time
             * @description When this version of the document was written; never before `createdAt`.
             */
            updatedAt: string;
            /**
             * Recorded by
             * Format: uuid
             * @description The focal point that authored this version.
             */
            recordedBy: string;
            /**
             * Extensions
             * @description National or organisational additions, keyed by namespace (a country code such as `si` or a reverse domain such as `org.example.ngo`). Content is validated only by registered profiles and is treated as free text by privacy tools.
             */
            extensions?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            /**
             * Correlation id
             * Format: uuid
             * @description UUID shared by all parties to the case.
             */
            correlationId: string;
            /**
             * Case reference
             * Format: uuid
             * @description The sender's victim profile of the case.
             */
            caseRef: string;
            /**
             * Scope
             * @description National, or transnational when the sender's and receiver's countries differ.
             * @enum {string}
             */
            scope: "national" | "transnational";
            /**
             * Kind
             * @description What the referral asks for.
             * @enum {string}
             */
            kind: "serviceReferral" | "caseTransfer" | "transferRequest" | "informationRequest";
            /**
             * TRM stage
             * @description TRM stage of the referral.
             * @enum {string}
             */
            trmStage: "identification" | "firstAssistanceAndProtection" | "longTermAssistanceAndSocialInclusion" | "returnAndSocialInclusion" | "criminalAndCivilProceedings";
            /**
             * Purpose
             * @description Purpose of sharing the data.
             * @enum {string}
             */
            purpose: "assistanceAndCaseManagement" | "nationalReferral" | "transnationalReferral" | "safeReturn" | "familyTracing" | "legalProceedings" | "statistics" | "research";
            /**
             * Reasons
             * @description Why the person is referred.
             */
            reasons: ("additionalServicesRequired" | "changeOfLocation" | "return" | "familyReunification" | "legalProceedings" | "other")[];
            /**
             * Services requested
             * @description Services the receiver is asked to provide.
             */
            servicesRequested: ("shelter" | "medical" | "psychological" | "legalAssistance" | "interpretation" | "financial" | "education" | "vocationalTraining" | "employment" | "familyTracing" | "familyReunification" | "documentation" | "safeReturn" | "socialInclusion" | "childProtection" | "other")[];
            /**
             * Urgency
             * @description How soon the receiver must act.
             * @enum {string}
             */
            urgency: "immediate" | "within48Hours" | "withinOneWeek" | "within30Days" | "notUrgent";
            /**
             * From
             * @description The sender of the referral.
             */
            from: {
                /**
                 * Focal point
                 * Format: uuid
                 * @description The sender focal point.
                 */
                focalPoint: string;
                /**
                 * Country
                 * @description Country of the sender focal point.
                 * @enum {string}
                 */
                country: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "XK" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
                /**
                 * Case worker
                 * @description Name of the sender's case worker handling the referral.
                 */
                caseWorker?: string;
            };
            /**
             * To
             * @description The receiver of the referral.
             */
            to: {
                /**
                 * Focal point
                 * Format: uuid
                 * @description The receiver focal point.
                 */
                focalPoint: string;
                /**
                 * Country
                 * @description Country of the receiver focal point.
                 * @enum {string}
                 */
                country: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "XK" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
                /**
                 * Case worker
                 * @description Name of the receiver's case worker handling the referral.
                 */
                caseWorker?: string;
            };
            /**
             * Subject
             * @description The minimum the receiver needs to know about the person, governed by consent; the full victim profile only when disclosed.
             */
            subject: {
                /**
                 * Is a child
                 * @description Whether the person is, or is presumed to be, a child.
                 * @enum {string}
                 */
                isChild: "yes" | "no" | "presumed" | "unknown";
                /**
                 * Sex
                 * @description Sex of the person.
                 * @enum {string}
                 */
                sex?: "female" | "male" | "intersex" | "unknown";
                /**
                 * Age band
                 * @description Age band of the person.
                 * @enum {string}
                 */
                ageBand?: "age0to8" | "age9to17" | "age18to20" | "age21to23" | "age24to26" | "age27to29" | "age30to38" | "age39to47" | "age48plus";
                /**
                 * Citizenships
                 * @description Countries of citizenship.
                 */
                citizenships?: ("AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "XK" | "YE" | "YT" | "ZA" | "ZM" | "ZW")[];
                /**
                 * Languages
                 * @description BCP 47 tags of languages the person speaks.
                 */
                languages?: string[];
                /**
                 * Interpreter needed
                 * @description Whether the receiver needs an interpreter to work with the person.
                 */
                interpreterNeeded?: boolean;
                /**
                 * Forms of exploitation
                 * @description Forms of exploitation, as far as the consent allows them to be shared.
                 */
                exploitationForms?: ("sexualExploitation" | "forcedLabourOrServices" | "forcedBegging" | "slaveryOrSimilarPractices" | "servitude" | "exploitationOfCriminalActivities" | "organRemoval" | "exploitationOfSurrogacy" | "forcedMarriage" | "illegalAdoption" | "childLabour" | "forcedMilitaryServiceByNonStateActors" | "other" | "unknown")[];
                /**
                 * Identification status
                 * @description Whether the person is a presumed or identified victim.
                 * @enum {string}
                 */
                identificationStatus: "presumed" | "identified" | "notAVictim" | "identificationDeclined";
                /**
                 * Victim profile
                 * @description The case record of a presumed or identified trafficked person: identification, person, trafficking experience, assistance, proceedings and the legal bases for processing.
                 */
                victimProfile?: {
                    /**
                     * Document type
                     * @description What this document is; always `victimProfile` for this schema.
                     * @constant
                     */
                    documentType: "victimProfile";
                    /**
                     * Standard version
                     * @description The major.minor version of the Open TRM standard the document follows; patch releases never change it.
                     * @constant
                     */
                    standardVersion: "1.0";
                    /**
                     * Identifier
                     * Format: uuid
                     * @description Opaque local identifier (UUID) of this document.
                     */
                    id: string;
                    /**
                     * Created at
                     * Format: date-time
                     * @description When the document was first created (RFC 3339 with offset).
                     */
                    createdAt: string;
                    /**
                     * Updated at
                     * Format: date-time
                     * @description When this version of the document was written; never before `createdAt`.
                     */
                    updatedAt: string;
                    /**
                     * Recorded by
                     * Format: uuid
                     * @description The focal point that authored this version.
                     */
                    recordedBy: string;
                    /**
                     * Extensions
                     * @description National or organisational additions, keyed by namespace (a country code such as `si` or a reverse domain such as `org.example.ngo`). Content is validated only by registered profiles and is treated as free text by privacy tools.
                     */
                    extensions?: {
                        [key: string]: {
                            [key: string]: unknown;
                        };
                    };
                    /**
                     * Correlation id
                     * Format: uuid
                     * @description UUID shared by all parties to link records of the same case across borders.
                     */
                    correlationId: string;
                    /**
                     * Case owner
                     * Format: uuid
                     * @description The focal point that owns the case.
                     */
                    caseOwner: string;
                    /**
                     * Identification
                     * @description The identification of the person as a victim of trafficking.
                     */
                    identification: {
                        /**
                         * Identification status
                         * @description Whether the person is a presumed or formally identified victim.
                         * @enum {string}
                         */
                        status: "presumed" | "identified" | "notAVictim" | "identificationDeclined";
                        /**
                         * Decided by
                         * @description Kind of authority that made the identification decision.
                         * @enum {string}
                         */
                        decidedBy?: "police" | "ngo" | "courtOrProsecution" | "otherGovernment" | "other";
                        /**
                         * Reasonable-grounds date
                         * Format: date
                         * @description When there were first reasonable grounds to believe the person is a victim.
                         */
                        reasonableGroundsDate?: string;
                        /**
                         * Formal identification date
                         * Format: date
                         * @description When the person was formally identified as a victim.
                         */
                        formalIdentificationDate?: string;
                        /**
                         * Source
                         * @description Who first identified or referred the person.
                         * @enum {string}
                         */
                        source?: "police" | "labourInspection" | "ngoOutreach" | "healthService" | "helpline" | "selfReferral" | "consulate" | "asylumProcedure" | "borderGuard" | "socialServices" | "other";
                    };
                    /**
                     * Person
                     * @description Who the person is. Names, documents and contact details are direct identifiers.
                     */
                    person: {
                        /**
                         * Given names
                         * @description Given names of the person.
                         */
                        givenNames?: string;
                        /**
                         * Family names
                         * @description Family names of the person.
                         */
                        familyNames?: string;
                        /**
                         * Other names
                         * @description Aliases, earlier names or names used by others for the person.
                         */
                        otherNames?: string[];
                        /**
                         * Sex
                         * @description Sex of the person.
                         * @enum {string}
                         */
                        sex?: "female" | "male" | "intersex" | "unknown";
                        /**
                         * Gender
                         * @description Gender of the person as they identify.
                         * @enum {string}
                         */
                        gender?: "woman" | "man" | "transgenderWoman" | "transgenderMan" | "nonBinary" | "notSpecified";
                        /**
                         * Birth date
                         * @description Date of birth, known in full or in part (YYYY, YYYY-MM or YYYY-MM-DD).
                         */
                        birthDate?: string;
                        /**
                         * Birth date estimated
                         * @description Whether the birth date is an estimate rather than documented.
                         */
                        birthDateEstimated?: boolean;
                        /**
                         * Is a child
                         * @description Whether the person is under 18; `presumed` applies the presumption of minority while age is uncertain.
                         * @enum {string}
                         */
                        isChild: "yes" | "no" | "presumed" | "unknown";
                        /**
                         * Age assessment
                         * @description An assessment of the person's age; while pending, inconclusive or disputed the person is presumed a child.
                         */
                        ageAssessment?: {
                            /**
                             * Method
                             * @description How the age was assessed.
                             * @enum {string}
                             */
                            method: "documentary" | "interview" | "psychosocial" | "medical" | "multidisciplinary" | "other";
                            /**
                             * Date
                             * Format: date
                             * @description Date of the age assessment.
                             */
                            date: string;
                            /**
                             * Outcome
                             * @description Result of the age assessment.
                             * @enum {string}
                             */
                            outcome: "child" | "adult" | "inconclusive" | "pending";
                            /**
                             * Disputed
                             * @description Whether the outcome is disputed by the person or their representative.
                             */
                            disputed: boolean;
                        };
                        /**
                         * Citizenships
                         * @description Countries of citizenship; empty when unknown or stateless.
                         */
                        citizenships: ("AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "XK" | "YE" | "YT" | "ZA" | "ZM" | "ZW")[];
                        /**
                         * Stateless
                         * @description Whether the person is stateless.
                         */
                        stateless?: boolean;
                        /**
                         * Languages
                         * @description Languages the person speaks, in order of preference.
                         */
                        languages: {
                            /**
                             * Language
                             * @description BCP 47 language tag of a language the person speaks.
                             */
                            tag: string;
                            /**
                             * Interpreter needed
                             * @description Whether an interpreter is needed to communicate in this language.
                             */
                            interpreterNeeded?: boolean;
                        }[];
                        /**
                         * Identity documents
                         * @description Identity and travel documents of the person.
                         */
                        identityDocuments?: {
                            /**
                             * Document type
                             * @description Kind of identity or travel document.
                             * @enum {string}
                             */
                            type: "passport" | "nationalIdCard" | "birthCertificate" | "residencePermit" | "travelDocument" | "drivingLicence" | "other";
                            /**
                             * Document number
                             * @description The document's number.
                             */
                            number: string;
                            /**
                             * Issuing country
                             * @description Country that issued the document.
                             * @enum {string}
                             */
                            issuingCountry: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "XK" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
                            /**
                             * Held by
                             * @description Who holds the document now; withheld documents are a means of control.
                             * @enum {string}
                             */
                            heldBy: "person" | "trafficker" | "authorities" | "lost" | "unknown";
                        }[];
                        /**
                         * Contact
                         * @description How to reach the person directly.
                         */
                        contact?: {
                            /**
                             * Phones
                             * @description The person's own phone numbers (E.164).
                             */
                            phones?: string[];
                            /**
                             * E-mails
                             * @description The person's own e-mail addresses.
                             */
                            emails?: string[];
                        };
                        /**
                         * Migration status
                         * @description The person's migration or international-protection status.
                         * @enum {string}
                         */
                        migrationStatus?: "national" | "regularMigrant" | "irregularMigrant" | "asylumSeeker" | "refugee" | "complementaryProtection" | "stateless" | "returnee" | "unknown";
                        /**
                         * Dependants
                         * @description Children or others who depend on the person.
                         */
                        dependants?: {
                            /**
                             * Count
                             * @description Number of dependants.
                             */
                            count: number;
                            /**
                             * Accompanying
                             * @description Whether the dependants are with the person.
                             */
                            accompanying: boolean;
                        };
                    };
                    /**
                     * Child context
                     * @description Separation, guardianship and best-interests assessments of a child; required when `isChild` is `yes` or `presumed`.
                     */
                    childContext?: {
                        /**
                         * Separation
                         * @description Whether the child is unaccompanied, separated or accompanied.
                         * @enum {string}
                         */
                        separation: "unaccompanied" | "separated" | "accompanied" | "unknown";
                        /**
                         * Guardian
                         * @description The guardian or representative of a child (CoE CETS 197 Art. 10(4); Directive 2011/36/EU Art. 14(2)).
                         */
                        guardian?: {
                            /**
                             * Appointed
                             * @description Whether a guardian or representative has been appointed for the child.
                             */
                            appointed: boolean;
                            /**
                             * Guardian type
                             * @description Kind of guardian or representative.
                             * @enum {string}
                             */
                            type: "legalGuardian" | "representative" | "institution" | "parent";
                            /**
                             * Guardian reference
                             * Format: uuid
                             * @description The focal point (guardianship authority or service) acting as or for the guardian.
                             */
                            ref?: string;
                            /**
                             * Appointed on
                             * Format: date
                             * @description Date of appointment.
                             */
                            appointedOn?: string;
                        };
                        /**
                         * Best-interests assessments
                         * @description References to the child's best-interests assessments and determinations.
                         */
                        bestInterestsAssessmentRefs: string[];
                    };
                    /**
                     * Trafficking
                     * @description The trafficking experience of the person.
                     */
                    trafficking: {
                        /**
                         * Forms of exploitation
                         * @description Forms of exploitation experienced or suspected; `unknown` when not (yet) known.
                         */
                        exploitationForms: ("sexualExploitation" | "forcedLabourOrServices" | "forcedBegging" | "slaveryOrSimilarPractices" | "servitude" | "exploitationOfCriminalActivities" | "organRemoval" | "exploitationOfSurrogacy" | "forcedMarriage" | "illegalAdoption" | "childLabour" | "forcedMilitaryServiceByNonStateActors" | "other" | "unknown")[];
                        /**
                         * Labour sectors
                         * @description ISIC Rev.4 sections of the work the person was exploited in.
                         */
                        labourSectors?: ("A" | "B" | "C" | "D" | "E" | "F" | "G" | "H" | "I" | "J" | "K" | "L" | "M" | "N" | "O" | "P" | "Q" | "R" | "S" | "T" | "U")[];
                        /**
                         * Sexual exploitation types
                         * @description Kinds of sexual exploitation experienced.
                         */
                        sexualExploitationTypes?: ("prostitution" | "pornography" | "remoteInteractiveServices" | "privateSexualServices")[];
                        /**
                         * Means of control
                         * @description How the person was controlled; `unknown` when not asked or not known.
                         */
                        meansOfControl?: ("physicalThreats" | "threatsOfLawEnforcement" | "threatsToFamily" | "debtBondage" | "falsePromises" | "physicalAbuse" | "sexualAbuse" | "takesEarnings" | "restrictsFinancialAccess" | "restrictsMedicalCare" | "withholdsNecessities" | "psychologicalAbuse" | "psychoactiveSubstances" | "excessiveWorkingHours" | "withholdsDocuments" | "restrictsMovement" | "other" | "unknown")[];
                        /**
                         * Recruitment methods
                         * @description How the person was recruited.
                         */
                        recruitmentMethods?: ("atPlaceOfBusiness" | "atEducationalInstitution" | "atWork" | "onlineSocialNetwork" | "onlineAdvertisement" | "televisionAdvert" | "newspaperAdvert" | "familyOrFamilyEvents" | "friendsOrSocialEvents" | "abduction" | "other" | "unknown")[];
                        /**
                         * Recruiter relationship
                         * @description The relationship of the recruiter to the person.
                         * @enum {string}
                         */
                        recruiterRelationship?: "intimatePartner" | "family" | "friend" | "acquaintance" | "stranger" | "other" | "unknown";
                        /**
                         * Online platforms
                         * @description Platforms used in recruitment or exploitation.
                         */
                        onlinePlatforms?: {
                            /**
                             * Stage
                             * @description Whether the platform was used for recruitment or exploitation.
                             * @enum {string}
                             */
                            stage: "recruitment" | "exploitation";
                            /**
                             * Platform
                             * @description The online platform or app.
                             * @enum {string}
                             */
                            platform: "facebook" | "instagram" | "whatsApp" | "telegram" | "facebookMessenger" | "viber" | "snapchat" | "line" | "fourSale" | "weChat" | "qq" | "qzone" | "tikTok" | "twitter" | "other";
                        }[];
                        /**
                         * Events
                         * @description Recruitment, transit and exploitation events, in chronological order.
                         */
                        events: {
                            /**
                             * Event type
                             * @description Stage of the trafficking process the event belongs to.
                             * @enum {string}
                             */
                            type: "recruitment" | "transit" | "exploitation";
                            /**
                             * Country
                             * @description Country where the event took place.
                             * @enum {string}
                             */
                            country: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "XK" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
                            /**
                             * Subdivision
                             * @description ISO 3166-2 subdivision where it took place.
                             */
                            subdivision?: string;
                            /**
                             * Place
                             * @description Town, address or venue; identifying on its own.
                             */
                            place?: string;
                            /**
                             * From
                             * @description When the event started (partial date allowed).
                             */
                            from?: string;
                            /**
                             * To
                             * @description When the event ended (partial date allowed); never before `from`.
                             */
                            to?: string;
                        }[];
                        /**
                         * Duration in months
                         * @description How long the exploitation lasted, in whole months.
                         */
                        durationMonths?: number;
                    };
                    /**
                     * Indicators
                     * @description ILO/EC operational indicators assessed (screening only).
                     */
                    indicators?: {
                        /**
                         * List
                         * @description Which of the four ILO/EC indicator lists.
                         * @enum {string}
                         */
                        list: "adultLabour" | "adultSexual" | "childLabour" | "childSexual";
                        /**
                         * Dimension
                         * @description The dimension of the indicator list.
                         * @enum {string}
                         */
                        dimension: "deceptiveRecruitment" | "coerciveRecruitment" | "recruitmentByAbuseOfVulnerability" | "exploitativeConditions" | "coercionAtDestination" | "abuseOfVulnerabilityAtDestination";
                        /**
                         * Indicator
                         * @description Code of the indicator within its list and dimension (camelCase).
                         */
                        indicator: string;
                        /**
                         * Strength
                         * @description How strongly the indicator points to trafficking.
                         * @enum {string}
                         */
                        strength: "strong" | "medium" | "weak";
                        /**
                         * Present
                         * @description Whether the indicator was found in the person's situation.
                         * @enum {string}
                         */
                        present: "yes" | "no" | "unknown";
                    }[];
                    /**
                     * Perpetrators
                     * @description Perpetrators as far as known.
                     */
                    perpetrators?: {
                        /**
                         * Roles
                         * @description Roles the perpetrator played in the trafficking process.
                         */
                        roles: ("travellingPartner" | "transporter" | "recruiterOrIntermediary" | "brokerOrTravelAgent" | "smuggler" | "abuser" | "kidnapper" | "exploiter" | "other")[];
                        /**
                         * Kind
                         * @description An individual or a business.
                         * @enum {string}
                         */
                        kind: "individual" | "business";
                        /**
                         * Nationality
                         * @description Nationality of the perpetrator.
                         * @enum {string}
                         */
                        nationality?: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "XK" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
                        /**
                         * Sex
                         * @description Sex of the perpetrator.
                         * @enum {string}
                         */
                        sex?: "female" | "male" | "intersex" | "unknown";
                    }[];
                    /**
                     * Assistance
                     * @description Assistance and protection given to the person.
                     */
                    assistance: {
                        /**
                         * TRM stage
                         * @description Current stage of the TRM process.
                         * @enum {string}
                         */
                        trmStage: "identification" | "firstAssistanceAndProtection" | "longTermAssistanceAndSocialInclusion" | "returnAndSocialInclusion" | "criminalAndCivilProceedings";
                        /**
                         * Reflection period
                         * @description The recovery and reflection period (CoE CETS 197 Art. 13).
                         */
                        reflectionPeriod?: {
                            /**
                             * Granted on
                             * Format: date
                             * @description When the recovery and reflection period was granted.
                             */
                            grantedOn: string;
                            /**
                             * Ends on
                             * Format: date
                             * @description When the period ends.
                             */
                            endsOn: string;
                            /**
                             * Status
                             * @description Whether the period is running, ended or revoked.
                             * @enum {string}
                             */
                            status: "active" | "ended" | "revoked";
                        };
                        /**
                         * Residence permit
                         * @description A residence permit granted to the person.
                         */
                        residencePermit?: {
                            /**
                             * Type
                             * @description Kind of residence permit.
                             * @enum {string}
                             */
                            type: "victimOfTrafficking" | "humanitarian" | "asylum" | "work" | "family" | "other";
                            /**
                             * From
                             * Format: date
                             * @description First day of validity.
                             */
                            from: string;
                            /**
                             * To
                             * Format: date
                             * @description Last day of validity.
                             */
                            to: string;
                        };
                        /**
                         * Needs
                         * @description Assessed needs for services; some reveal health data.
                         */
                        needs: ("shelter" | "medical" | "psychological" | "legalAssistance" | "interpretation" | "financial" | "education" | "vocationalTraining" | "employment" | "familyTracing" | "familyReunification" | "documentation" | "safeReturn" | "socialInclusion" | "childProtection" | "other")[];
                        /**
                         * Services
                         * @description Services planned, referred or delivered.
                         */
                        services: {
                            /**
                             * Service type
                             * @description The kind of service.
                             * @enum {string}
                             */
                            type: "shelter" | "medical" | "psychological" | "legalAssistance" | "interpretation" | "financial" | "education" | "vocationalTraining" | "employment" | "familyTracing" | "familyReunification" | "documentation" | "safeReturn" | "socialInclusion" | "childProtection" | "other";
                            /**
                             * Provider
                             * Format: uuid
                             * @description The focal point providing the service.
                             */
                            provider?: string;
                            /**
                             * Status
                             * @description Where the service stands.
                             * @enum {string}
                             */
                            status: "planned" | "referred" | "inProgress" | "delivered" | "declined" | "notAvailable";
                            /**
                             * From
                             * Format: date
                             * @description When the service started.
                             */
                            from?: string;
                            /**
                             * To
                             * Format: date
                             * @description When the service ended.
                             */
                            to?: string;
                        }[];
                        /**
                         * Cooperation with authorities
                         * @description Whether the person cooperates with law enforcement (never a condition of assistance).
                         * @enum {string}
                         */
                        cooperationWithAuthorities: "notAsked" | "declined" | "considering" | "cooperating" | "witness";
                        /**
                         * Risk level
                         * @description Assessed risk to the person.
                         * @enum {string}
                         */
                        riskLevel?: "high" | "medium" | "low" | "unknown";
                    };
                    /**
                     * Proceedings
                     * @description Legal proceedings the person takes part in.
                     */
                    proceedings?: {
                        /**
                         * Kind
                         * @description Kind of proceeding.
                         * @enum {string}
                         */
                        kind: "criminal" | "civil" | "administrative" | "labour";
                        /**
                         * Country
                         * @description Country of the proceeding.
                         * @enum {string}
                         */
                        country: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "XK" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
                        /**
                         * Role
                         * @description The person's role in the proceeding.
                         * @enum {string}
                         */
                        role: "witness" | "injuredParty" | "civilParty" | "complainant" | "none";
                        /**
                         * Compensation claimed
                         * @description Whether the person claims compensation in this proceeding.
                         */
                        compensationClaimed?: boolean;
                    }[];
                    /**
                     * Case
                     * @description Status of the case and case notes.
                     */
                    case: {
                        /**
                         * Status
                         * @description Status of the case.
                         * @enum {string}
                         */
                        status: "active" | "followUp" | "closed" | "closedReferred" | "transferred" | "duplicate";
                        /**
                         * Closure reason
                         * @description Why the case was closed.
                         */
                        closureReason?: string;
                        /**
                         * Notes
                         * @description Case notes.
                         */
                        notes?: string;
                    };
                    /**
                     * Consents
                     * @description The person's consent records.
                     */
                    consentRefs: string[];
                    /**
                     * Legal bases
                     * @description GDPR legal bases for processing this record; at least one, and an Art. 9 condition for special data.
                     */
                    legalBases: ("consent" | "contract" | "legalObligation" | "vitalInterests" | "publicTask" | "legitimateInterests" | "explicitConsent9a" | "vitalInterestsIncapable9c" | "legalClaims9f" | "substantialPublicInterest9g" | "healthOrSocialCare9h")[];
                };
            };
            /**
             * Consent reference
             * Format: uuid
             * @description The consent that covers this referral.
             */
            consentRef?: string;
            /**
             * Consent override
             * @description A recorded decision to refer without consent, on another legal basis.
             */
            consentOverride?: {
                /**
                 * Legal basis
                 * @description The legal basis other than consent that allows the referral.
                 * @enum {string}
                 */
                legalBasis: "consent" | "contract" | "legalObligation" | "vitalInterests" | "publicTask" | "legitimateInterests" | "explicitConsent9a" | "vitalInterestsIncapable9c" | "legalClaims9f" | "substantialPublicInterest9g" | "healthOrSocialCare9h";
                /**
                 * Justification
                 * @description Why the referral proceeds without consent.
                 */
                justification: string;
                /**
                 * Authorised by
                 * Format: uuid
                 * @description Who authorised the override.
                 */
                authorisedBy: string;
                /**
                 * At
                 * Format: date-time
                 * @description When the override was authorised.
                 */
                at: string;
            };
            /**
             * Disclosure
             * @description What personal data this referral discloses and withholds.
             */
            disclosure: {
                /**
                 * Disclosed fields
                 * @description JSON Pointers of the sensitive fields present in this payload.
                 */
                disclosedFields: string[];
                /**
                 * Withheld fields
                 * @description JSON Pointers of the fields withheld from this payload.
                 */
                withheldFields: string[];
            };
            /**
             * Child safeguards
             * @description Safeguards for a child's referral; required when the subject is or is presumed to be a child.
             */
            childSafeguards?: {
                /**
                 * Guardian informed
                 * @description Whether the child's guardian was informed of the referral.
                 */
                guardianInformed: boolean;
                /**
                 * BIA reference
                 * Format: uuid
                 * @description The best-interests assessment or determination supporting the referral.
                 */
                bestInterestsAssessmentRef?: string;
                /**
                 * Escort
                 * @description Whether the child will be escorted when travelling.
                 */
                escort?: boolean;
            };
            /**
             * Risk assessment
             * @description Risk assessment; required at the `returnAndSocialInclusion` stage.
             */
            riskAssessment?: {
                /**
                 * Level
                 * @description Assessed risk level.
                 * @enum {string}
                 */
                level: "high" | "medium" | "low" | "unknown";
                /**
                 * Assessed on
                 * Format: date
                 * @description Date of the risk assessment.
                 */
                assessedOn: string;
                /**
                 * Assessed by
                 * Format: uuid
                 * @description Who assessed the risk.
                 */
                assessedBy: string;
                /**
                 * Return safety checked
                 * @description Whether the safety of return was checked.
                 */
                returnSafetyChecked: boolean;
                /**
                 * Summary
                 * @description Summary of the risk assessment.
                 */
                summary?: string;
            };
            /**
             * Logistics
             * @description Travel and document logistics.
             */
            logistics?: {
                /**
                 * Travel date
                 * Format: date
                 * @description Planned travel date.
                 */
                travelDate?: string;
                /**
                 * Documents status
                 * @description Whether travel documents are ready.
                 * @enum {string}
                 */
                documentsStatus?: "valid" | "missing" | "inProgress" | "notNeeded";
                /**
                 * Interpreter language
                 * @description Language an interpreter is needed for.
                 */
                interpreterLanguage?: string;
            };
            /**
             * Channel
             * @description How the referral is transmitted.
             * @enum {string}
             */
            channel: "securePlatform" | "encryptedEmail" | "phone" | "diplomaticChannel" | "paper" | "other";
            /**
             * Status
             * @description Current status of the referral.
             * @enum {string}
             */
            status: "draft" | "sent" | "acknowledged" | "accepted" | "rejected" | "withdrawn" | "expired" | "inProgress" | "completed";
            /**
             * Status history
             * @description Status changes in chronological order; the last is `status`.
             */
            statusHistory: {
                /**
                 * Status
                 * @description The status entered.
                 * @enum {string}
                 */
                status: "draft" | "sent" | "acknowledged" | "accepted" | "rejected" | "withdrawn" | "expired" | "inProgress" | "completed";
                /**
                 * At
                 * Format: date-time
                 * @description When the status was entered.
                 */
                at: string;
                /**
                 * By
                 * Format: uuid
                 * @description The focal point that changed the status.
                 */
                by: string;
                /**
                 * Reason
                 * @description Why the referral was rejected (only with `rejected`).
                 * @enum {string}
                 */
                reason?: "outsideMandate" | "noCapacity" | "insufficientInformation" | "consentMissing" | "duplicate" | "other";
                /**
                 * Note
                 * @description A note on the change.
                 */
                note?: string;
            }[];
            /**
             * Response due by
             * Format: date-time
             * @description When the receiver is expected to respond.
             */
            responseDueBy?: string;
            /**
             * Follow-ups
             * @description Follow-ups after the referral.
             */
            followUps?: {
                /**
                 * Due on
                 * Format: date
                 * @description When the follow-up is due.
                 */
                dueOn: string;
                /**
                 * Done
                 * @description Whether the follow-up was done.
                 */
                done: boolean;
                /**
                 * Note
                 * @description A note on the follow-up.
                 */
                note?: string;
            }[];
        };
        /**
         * Consent
         * @description The informed consent of a person, or of someone for them, to the processing and sharing of their data (ISO/IEC TS 27560 consent record).
         */
        "consent.schema": {
            /**
             * Document type
             * @description What this document is; always `consent` for this schema.
             * @constant
             */
            documentType: "consent";
            /**
             * Standard version
             * @description The major.minor version of the Open TRM standard the document follows; patch releases never change it.
             * @constant
             */
            standardVersion: "1.0";
            /**
             * Identifier
             * Format: uuid
             * @description Opaque local identifier (UUID) of this document.
             */
            id: string;
            /**
             * Created at
             * Format: date-time
             * @description When the document was first created (RFC 3339 with offset).
             */
            createdAt: string;
            /**
             * Updated at
             * Format: date-time
             * @description When this version of the document was written; never before `createdAt`.
             */
            updatedAt: string;
            /**
             * Recorded by
             * Format: uuid
             * @description The focal point that authored this version.
             */
            recordedBy: string;
            /**
             * Extensions
             * @description National or organisational additions, keyed by namespace (a country code such as `si` or a reverse domain such as `org.example.ngo`). Content is validated only by registered profiles and is treated as free text by privacy tools.
             */
            extensions?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            /**
             * Subject reference
             * Format: uuid
             * @description The victim profile the consent is about.
             */
            subjectRef: string;
            /**
             * Given by
             * @description Who gave the consent.
             */
            givenBy: {
                /**
                 * Role
                 * @description Who gave the consent: the person or someone for them.
                 * @enum {string}
                 */
                role: "self" | "parent" | "legalGuardian" | "representative" | "other";
                /**
                 * Reference
                 * Format: uuid
                 * @description The focal point (such as a guardianship authority) that gave consent for the person.
                 */
                ref?: string;
            };
            /**
             * Child assent
             * @description The child's own assent; required when the subject is a child.
             */
            childAssent?: {
                /**
                 * Obtained
                 * @description Whether the child's assent was obtained.
                 */
                obtained: boolean;
                /**
                 * Age-appropriate information given
                 * @description Whether the child received information suited to their age.
                 */
                ageAppropriateInformationGiven: boolean;
            };
            /**
             * Purposes
             * @description Purposes consented to.
             */
            purposes: ("assistanceAndCaseManagement" | "nationalReferral" | "transnationalReferral" | "safeReturn" | "familyTracing" | "legalProceedings" | "statistics" | "research")[];
            /**
             * Recipients
             * @description Recipients the data may be shared with.
             */
            recipients: {
                /**
                 * Category
                 * @description Kind of recipient the data may be shared with.
                 * @enum {string}
                 */
                category: "focalPoint" | "serviceProvider" | "lawEnforcement" | "prosecution" | "immigrationAuthority" | "childProtectionAuthority" | "family" | "internationalOrganisation" | "other";
                /**
                 * Country
                 * @description Country of the recipient; any country when absent.
                 * @enum {string}
                 */
                country?: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "XK" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
                /**
                 * Focal point
                 * Format: uuid
                 * @description A named recipient focal point.
                 */
                focalPoint?: string;
            }[];
            /**
             * Data categories
             * @description Categories of data that may be shared.
             */
            dataCategories: ("identity" | "contact" | "demographics" | "traffickingExperience" | "health" | "sexualLife" | "criminalProceedings" | "immigration" | "childProtection" | "location")[];
            /**
             * Withheld
             * @description Data the person asked to withhold, from whom, and why.
             */
            withheld?: {
                /**
                 * Categories
                 * @description Categories of data the person does not want shared.
                 */
                categories: ("identity" | "contact" | "demographics" | "traffickingExperience" | "health" | "sexualLife" | "criminalProceedings" | "immigration" | "childProtection" | "location")[];
                /**
                 * From recipients
                 * @description Kinds of recipients those categories are withheld from.
                 */
                fromRecipients: ("focalPoint" | "serviceProvider" | "lawEnforcement" | "prosecution" | "immigrationAuthority" | "childProtectionAuthority" | "family" | "internationalOrganisation" | "other")[];
                /**
                 * Reason
                 * @description Why data is withheld.
                 * @enum {string}
                 */
                reason: "fear" | "wantsToCommunicateThemselves" | "other";
            };
            /**
             * Legal bases
             * @description Legal bases for the processing this consent records.
             */
            legalBases: ("consent" | "contract" | "legalObligation" | "vitalInterests" | "publicTask" | "legitimateInterests" | "explicitConsent9a" | "vitalInterestsIncapable9c" | "legalClaims9f" | "substantialPublicInterest9g" | "healthOrSocialCare9h")[];
            /**
             * Informed of
             * @description What the person was told before consenting.
             */
            informedOf: {
                /**
                 * Informed of the purpose
                 * @description Whether the person was informed of the purpose.
                 */
                purpose: boolean;
                /**
                 * Informed of how the data will be used
                 * @description Whether the person was informed of how the data will be used.
                 */
                dataUse: boolean;
                /**
                 * Informed of the recipients
                 * @description Whether the person was informed of the recipients.
                 */
                recipients: boolean;
                /**
                 * Informed of the retention period
                 * @description Whether the person was informed of the retention period.
                 */
                retention: boolean;
                /**
                 * Informed of the right of access
                 * @description Whether the person was informed of the right of access.
                 */
                rightOfAccess: boolean;
                /**
                 * Informed of how to withdraw consent
                 * @description Whether the person was informed of how to withdraw consent.
                 */
                withdrawal: boolean;
            };
            /**
             * Notice
             * @description The privacy notice given to the person (ISO/IEC TS 27560 privacy notice).
             */
            notice: {
                /**
                 * Reference
                 * @description Reference or address of the privacy notice.
                 */
                ref: string;
                /**
                 * Version
                 * @description Version of the notice.
                 */
                version: string;
                /**
                 * Language
                 * @description Language the notice was given in.
                 */
                language: string;
            };
            /**
             * Interpreter
             * @description Interpretation when the consent was taken.
             */
            interpreter?: {
                /**
                 * Used
                 * @description Whether an interpreter was used.
                 */
                used: boolean;
                /**
                 * Language
                 * @description Language interpreted into.
                 */
                language: string;
            };
            /**
             * Collection method
             * @description How the consent was collected.
             * @enum {string}
             */
            collectionMethod: "verbal" | "written" | "electronic" | "thumbprint" | "other";
            /**
             * Controllers
             * @description Focal points that act as data controllers.
             */
            controllers: string[];
            /**
             * Jurisdiction
             * @description Jurisdiction whose law governs the consent.
             * @enum {string}
             */
            jurisdiction: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "XK" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
            /**
             * Retention period
             * Format: duration
             * @description How long the data is kept (ISO 8601 duration).
             */
            retentionPeriod: string;
            /**
             * Withdrawal method
             * @description How the person can withdraw the consent.
             */
            withdrawalMethod: string;
            /**
             * Events
             * @description State changes in chronological order; the current state is the last event's.
             */
            events: {
                /**
                 * State
                 * @description The consent state entered.
                 * @enum {string}
                 */
                state: "requested" | "given" | "refused" | "withdrawn" | "revoked" | "expired" | "renewed";
                /**
                 * At
                 * Format: date-time
                 * @description When the state was entered.
                 */
                at: string;
                /**
                 * Recorded by
                 * Format: uuid
                 * @description Who recorded the event.
                 */
                recordedBy: string;
                /**
                 * Valid until
                 * Format: date-time
                 * @description When a given or renewed consent expires.
                 */
                validUntil?: string;
            }[];
        };
    };
    responses: never;
    parameters: {
        /** @description A key the client chooses per referral it sends (1-200 visible ASCII characters; a UUID is a good choice). Replaying the key with the same body returns the original response and stores nothing; with another body it answers 422 `idempotency-key-reused`. Keys are scoped to the token. */
        IdempotencyKey: string;
        /** @description The `ETag` of the version being changed (RFC 9110 section 13.1.1); missing answers 428, stale answers 412. */
        IfMatch: string;
        /** @description The `ETag` of the version being changed (RFC 9110 section 13.1.1), required when the resource exists; missing answers 428, stale answers 412. */
        IfMatchWhenExists: string;
        /** @description The referral's `id`. An id the token may not see answers 404, exactly like one that does not exist. */
        ReferralId: string;
        /** @description The consent's `id`. An id the token may not see answers 404, exactly like one that does not exist. */
        ConsentId: string;
        /** @description The focal point's `id`. An id the token may not see answers 404, exactly like one that does not exist. */
        FocalPointId: string;
        /** @description Items per page (at most 200; more answers 400). */
        Limit: number;
        /** @description The `nextCursor` of the previous page; absent for the first page. */
        Cursor: string;
        /** @description Only referrals the token's focal point sent (`sender`) or receives (`receiver`). */
        Role: "sender" | "receiver";
        /** @description Only referrals in this status. */
        Status: components["schemas"]["ReferralStatus"];
        /** @description Only referrals updated at or after this time (RFC 3339). */
        UpdatedSince: string;
        /** @description The `nextCursor` of the previous page; absent to read from the start. */
        EventsAfter: string;
        /** @description Seconds to wait for an event when nothing is new (long-poll). */
        Wait: number;
        /** @description The `nextCursor` of the previous page; absent to read from the start. */
        AuditAfter: string;
        /** @description Only entries about this resource. */
        ResourceId: string;
        /** @description Only entries of this actor: a focal point id, or `admin`. */
        Actor: string | "admin";
    };
    requestBodies: never;
    headers: {
        /** @description Strong entity tag: the first 22 characters of the base64url SHA-256 of the RFC 8785 canonical JSON of the stored document, quoted (`"..."`). */
        ETag: string;
        /** @description The node's detached JWS (RFC 7515 Appendix F, EdDSA) over the RFC 8785 canonical JSON of the document in the body (for records: of `document`). */
        TrmSignature: string;
        /** @description The path of the created resource. */
        Location: string;
        /** @description `true` when this response replays the original response to the same `Idempotency-Key`. */
        IdempotentReplayed: "true";
        /** @description Seconds to wait before the next request (RFC 9110 section 10.2.3). */
        RetryAfter: number;
        /** @description `Bearer` (RFC 6750 section 3). */
        WWWAuthenticate: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getNode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Node metadata. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NodeInfo"];
                };
            };
            /** @description Too many requests for this token; wait for `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOpenApi: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description Too many requests for this token; wait for `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getJwks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The JWKS. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JWKS"];
                };
            };
            /** @description Too many requests for this token; wait for `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDirectory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The directory. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Trm-Signature": components["headers"]["TrmSignature"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["focal-point-directory.schema"];
                };
            };
            /** @description No token, or a token the node does not know. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the token may not see: the two are indistinguishable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token; wait for `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putDirectory: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the version being changed (RFC 9110 section 13.1.1), required when the resource exists; missing answers 428, stale answers 412. */
                "If-Match"?: components["parameters"]["IfMatchWhenExists"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The directory. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["focal-point-directory.schema"];
            };
        };
        responses: {
            /** @description The directory now served. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Trm-Signature": components["headers"]["TrmSignature"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["focal-point-directory.schema"];
                };
            };
            /** @description A parameter or the body is not acceptable (for example `limit` above 200, or not JSON). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No token, or a token the node does not know. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this (an administrator endpoint, or another party's action). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` does not match the current `ETag`: reload and retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the node accepts (1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The document fails the validator; `issues` say where and why. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required to change this resource. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token; wait for `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFocalPoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The focal point's `id`. An id the token may not see answers 404, exactly like one that does not exist. */
                id: components["parameters"]["FocalPointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The focal point. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Trm-Signature": components["headers"]["TrmSignature"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["focal-point.schema"];
                };
            };
            /** @description No token, or a token the node does not know. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the token may not see: the two are indistinguishable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token; wait for `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putFocalPoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the version being changed (RFC 9110 section 13.1.1), required when the resource exists; missing answers 428, stale answers 412. */
                "If-Match"?: components["parameters"]["IfMatchWhenExists"];
            };
            path: {
                /** @description The focal point's `id`. An id the token may not see answers 404, exactly like one that does not exist. */
                id: components["parameters"]["FocalPointId"];
            };
            cookie?: never;
        };
        /** @description The focal point. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["focal-point.schema"];
            };
        };
        responses: {
            /** @description Replaced. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Trm-Signature": components["headers"]["TrmSignature"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["focal-point.schema"];
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    "Trm-Signature": components["headers"]["TrmSignature"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["focal-point.schema"];
                };
            };
            /** @description A parameter or the body is not acceptable (for example `limit` above 200, or not JSON). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No token, or a token the node does not know. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this (an administrator endpoint, or another party's action). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A document with this id already exists. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` does not match the current `ETag`: reload and retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the node accepts (1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The document fails the validator; `issues` say where and why. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required to change this resource. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token; wait for `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page; absent to read from the start. */
                after?: components["parameters"]["EventsAfter"];
                /** @description Seconds to wait for an event when nothing is new (long-poll). */
                wait?: components["parameters"]["Wait"];
                /** @description Items per page (at most 200; more answers 400). */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPage"];
                };
            };
            /** @description A parameter or the body is not acceptable (for example `limit` above 200, or not JSON). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No token, or a token the node does not know. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token; wait for `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAudit: {
        parameters: {
            query?: {
                /** @description Only entries about this resource. */
                resourceId?: components["parameters"]["ResourceId"];
                /** @description Only entries of this actor: a focal point id, or `admin`. */
                actor?: components["parameters"]["Actor"];
                /** @description The `nextCursor` of the previous page; absent to read from the start. */
                after?: components["parameters"]["AuditAfter"];
                /** @description Items per page (at most 200; more answers 400). */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of audit entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
            /** @description A parameter or the body is not acceptable (for example `limit` above 200, or not JSON). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No token, or a token the node does not know. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this (an administrator endpoint, or another party's action). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token; wait for `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReferrals: {
        parameters: {
            query?: {
                /** @description Only referrals the token's focal point sent (`sender`) or receives (`receiver`). */
                role?: components["parameters"]["Role"];
                /** @description Only referrals in this status. */
                status?: components["parameters"]["Status"];
                /** @description Only referrals updated at or after this time (RFC 3339). */
                updatedSince?: components["parameters"]["UpdatedSince"];
                /** @description The `nextCursor` of the previous page; absent for the first page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Items per page (at most 200; more answers 400). */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of referral summaries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralPage"];
                };
            };
            /** @description A parameter or the body is not acceptable (for example `limit` above 200, or not JSON). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No token, or a token the node does not know. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this (an administrator endpoint, or another party's action). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token; wait for `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sendReferral: {
        parameters: {
            query?: never;
            header: {
                /** @description A key the client chooses per referral it sends (1-200 visible ASCII characters; a UUID is a good choice). Replaying the key with the same body returns the original response and stores nothing; with another body it answers 422 `idempotency-key-reused`. Keys are scoped to the token. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The referral document, in status `sent`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["referral.schema"];
            };
        };
        responses: {
            /** @description Stored (or, with `Idempotent-Replayed: true`, stored before). */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    "Trm-Signature": components["headers"]["TrmSignature"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralRecord"];
                };
            };
            /** @description A parameter or the body is not acceptable (for example `limit` above 200, or not JSON). `POST /referrals` without an `Idempotency-Key` header. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No token, or a token the node does not know. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this (an administrator endpoint, or another party's action). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A document with this id already exists. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the node accepts (1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The document fails the validator; `issues` say where and why. The `Idempotency-Key` was used before with a different body. The consent does not cover this disclosure; `detail` holds the refusal code. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token; wait for `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The referral's consent is no longer valid (withdrawn, revoked, expired or refused). */
            451: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The node failed; nothing was stored. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReferral: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The referral's `id`. An id the token may not see answers 404, exactly like one that does not exist. */
                id: components["parameters"]["ReferralId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The referral. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Trm-Signature": components["headers"]["TrmSignature"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralRecord"];
                };
            };
            /** @description No token, or a token the node does not know. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this (an administrator endpoint, or another party's action). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the token may not see: the two are indistinguishable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token; wait for `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The referral's consent is no longer valid (withdrawn, revoked, expired or refused). */
            451: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    transitionReferral: {
        parameters: {
            query?: never;
            header: {
                /** @description The `ETag` of the version being changed (RFC 9110 section 13.1.1); missing answers 428, stale answers 412. */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The referral's `id`. An id the token may not see answers 404, exactly like one that does not exist. */
                id: components["parameters"]["ReferralId"];
            };
            cookie?: never;
        };
        /** @description The action. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransitionRequest"];
            };
        };
        responses: {
            /** @description The referral in its new status. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Trm-Signature": components["headers"]["TrmSignature"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralRecord"];
                };
            };
            /** @description A parameter or the body is not acceptable (for example `limit` above 200, or not JSON). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No token, or a token the node does not know. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this (an administrator endpoint, or another party's action). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the token may not see: the two are indistinguishable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The referral's status does not allow this action (data model section 6). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` does not match the current `ETag`: reload and retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required to change this resource. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token; wait for `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The referral's consent is no longer valid (withdrawn, revoked, expired or refused). */
            451: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The node failed; nothing was stored. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postConsent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The consent document. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["consent.schema"];
            };
        };
        responses: {
            /** @description Stored. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    "Trm-Signature": components["headers"]["TrmSignature"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentRecord"];
                };
            };
            /** @description A parameter or the body is not acceptable (for example `limit` above 200, or not JSON). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No token, or a token the node does not know. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this (an administrator endpoint, or another party's action). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A document with this id already exists. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the node accepts (1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The document fails the validator; `issues` say where and why. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token; wait for `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The node failed; nothing was stored. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getConsent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The consent's `id`. An id the token may not see answers 404, exactly like one that does not exist. */
                id: components["parameters"]["ConsentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The consent. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Trm-Signature": components["headers"]["TrmSignature"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentRecord"];
                };
            };
            /** @description No token, or a token the node does not know. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this (an administrator endpoint, or another party's action). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the token may not see: the two are indistinguishable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token; wait for `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addConsentEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The consent's `id`. An id the token may not see answers 404, exactly like one that does not exist. */
                id: components["parameters"]["ConsentId"];
            };
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsentEventRequest"];
            };
        };
        responses: {
            /** @description The consent with the event appended. */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Trm-Signature": components["headers"]["TrmSignature"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentRecord"];
                };
            };
            /** @description A parameter or the body is not acceptable (for example `limit` above 200, or not JSON). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No token, or a token the node does not know. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this (an administrator endpoint, or another party's action). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the token may not see: the two are indistinguishable. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the node accepts (1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The document fails the validator; `issues` say where and why. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token; wait for `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The node failed; nothing was stored. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
