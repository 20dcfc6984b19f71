// `createClient`: one typed method per operation of the exchange API, through openapi-fetch; never throws on HTTP.
import createFetchClient from "openapi-fetch";
import { ClientError } from "../errors.js";
import type { paths } from "../generated/openapi.js";
import type {
  AuditOptions,
  ClientOptions,
  EventsOptions,
  ListReferralsOptions,
  PutOptions,
  SendReferralOptions,
  TransitionOptions,
} from "./options.js";
import { type ApiResult, networkProblem, resultOf } from "./result.js";
import type {
  ApiJwks,
  AuditPage,
  Consent,
  ConsentEventRequest,
  ConsentRecord,
  EventPage,
  FocalPoint,
  FocalPointDirectory,
  NodeInfo,
  Referral,
  ReferralPage,
  ReferralRecord,
  TransitionAction,
  TransitionRequest,
} from "./types.js";

/** A client of one node; every method resolves to a result value and never rejects. */
export interface TrmClient {
  /** `GET /`: node metadata and its JWKS. */
  getNode(): Promise<ApiResult<NodeInfo>>;
  /** `GET /openapi.json`: the node's API description. */
  getOpenApi(): Promise<ApiResult<Record<string, unknown>>>;
  /** `GET /.well-known/jwks.json`: the node's public signing keys. */
  getJwks(): Promise<ApiResult<ApiJwks>>;
  /** `POST /referrals`: sends a referral (status `sent`); replaying the same key is safe. */
  sendReferral(referral: Referral, options: SendReferralOptions): Promise<ApiResult<ReferralRecord>>;
  /** `GET /referrals/{id}`: a referral the token's focal point sent or receives. */
  getReferral(id: string): Promise<ApiResult<ReferralRecord>>;
  /** `GET /referrals`: summaries without personal data, one page. */
  listReferrals(options?: ListReferralsOptions): Promise<ApiResult<ReferralPage>>;
  /** `POST /referrals/{id}/transitions`: acknowledge, accept, reject, withdraw, start or complete. */
  transition<A extends TransitionAction>(
    id: string,
    action: A,
    options: TransitionOptions<A>,
  ): Promise<ApiResult<ReferralRecord>>;
  /** `POST /consents`: records a consent. */
  postConsent(consent: Consent): Promise<ApiResult<ConsentRecord>>;
  /** `GET /consents/{id}`: a consent with its state now. */
  getConsent(id: string): Promise<ApiResult<ConsentRecord>>;
  /** `POST /consents/{id}/events`: appends an event; `withdrawn` and `revoked` take effect at once. */
  addConsentEvent(id: string, event: ConsentEventRequest): Promise<ApiResult<ConsentRecord>>;
  /** `GET /focal-points`: the directory the node serves. */
  getDirectory(): Promise<ApiResult<FocalPointDirectory>>;
  /** `GET /focal-points/{id}`: one focal point. */
  getFocalPoint(id: string): Promise<ApiResult<FocalPoint>>;
  /** `PUT /focal-points` (administrator): replaces the directory. */
  putDirectory(directory: FocalPointDirectory, options?: PutOptions): Promise<ApiResult<FocalPointDirectory>>;
  /** `PUT /focal-points/{id}` (administrator): creates or replaces the focal point with the body's `id`. */
  putFocalPoint(focalPoint: FocalPoint, options?: PutOptions): Promise<ApiResult<FocalPoint>>;
  /** `GET /events`: the change feed after a cursor; with `wait`, long-polls up to that many seconds. */
  events(options?: EventsOptions): Promise<ApiResult<EventPage>>;
  /** `GET /audit` (administrator): who read or wrote which document. */
  audit(options?: AuditOptions): Promise<ApiResult<AuditPage>>;
}

// RFC 9110 field values: visible ASCII only, so no header can be split or smuggled.
const IDEMPOTENCY_KEY = /^[\x21-\x7E]{1,200}$/;
const TOKEN = /^[\x21-\x7E]{1,1000}$/;

type Outcome = { data?: unknown; error?: unknown; response: Response };

async function call<T>(run: () => Promise<Outcome>): Promise<ApiResult<T>> {
  try {
    return resultOf<T>(await run());
  } catch (error) {
    return { ok: false, problem: networkProblem(error) };
  }
}

/**
 * Creates a typed client of an Open TRM node. Calls return `{ ok: true, value, etag? }` or `{ ok: false, problem }`
 * and never throw on HTTP errors; a failed connection is a problem with `type: "about:blank"` and `status: 0`.
 * @example
 * const trm = createClient({ baseUrl: "http://127.0.0.1:8787", token: process.env.TRM_TOKEN });
 * const sent = await trm.sendReferral(referral, { idempotencyKey: crypto.randomUUID() });
 * if (!sent.ok) console.error(sent.problem.title, sent.problem.issues);
 */
export function createClient(options: ClientOptions): TrmClient {
  if (options.token !== undefined && !TOKEN.test(options.token)) {
    throw new ClientError("TOKEN_INVALID", "createClient: the token must be visible ASCII characters");
  }
  const api = createFetchClient<paths>({
    baseUrl: options.baseUrl,
    headers: options.token === undefined ? {} : { Authorization: `Bearer ${options.token}` },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  // Bodies are read as text and parsed by `resultOf`, so a body that is not JSON becomes a problem, not a throw.
  const text = { parseAs: "text" } as const;
  const ifMatch = (o?: PutOptions) => (o?.ifMatch === undefined ? {} : { "If-Match": o.ifMatch });
  const id = (value: string) => ({ path: { id: value } });
  return {
    getNode: () => call(() => api.GET("/", text)),
    getOpenApi: () => call(() => api.GET("/openapi.json", text)),
    getJwks: () => call(() => api.GET("/.well-known/jwks.json", text)),
    sendReferral(referral, { idempotencyKey }) {
      if (!IDEMPOTENCY_KEY.test(idempotencyKey)) {
        throw new ClientError(
          "IDEMPOTENCY_KEY_INVALID",
          "sendReferral: idempotencyKey must be 1-200 visible ASCII characters",
        );
      }
      const params = { header: { "Idempotency-Key": idempotencyKey } };
      return call(() => api.POST("/referrals", { ...text, params, body: referral }));
    },
    getReferral: (referralId) => call(() => api.GET("/referrals/{id}", { ...text, params: id(referralId) })),
    listReferrals: (query = {}) => call(() => api.GET("/referrals", { ...text, params: { query } })),
    transition(referralId, action, o) {
      const body = {
        action,
        ...(o.reason === undefined ? {} : { reason: o.reason }),
        ...(o.note === undefined ? {} : { note: o.note }),
      };
      const params = { ...id(referralId), header: { "If-Match": o.ifMatch } };
      return call(() =>
        api.POST("/referrals/{id}/transitions", { ...text, params, body: body as TransitionRequest }),
      );
    },
    postConsent: (consent) => call(() => api.POST("/consents", { ...text, body: consent })),
    getConsent: (consentId) => call(() => api.GET("/consents/{id}", { ...text, params: id(consentId) })),
    addConsentEvent: (consentId, event) =>
      call(() => api.POST("/consents/{id}/events", { ...text, params: id(consentId), body: event })),
    getDirectory: () => call(() => api.GET("/focal-points", text)),
    getFocalPoint: (focalPointId) =>
      call(() => api.GET("/focal-points/{id}", { ...text, params: id(focalPointId) })),
    putDirectory: (directory, o) =>
      call(() => api.PUT("/focal-points", { ...text, params: { header: ifMatch(o) }, body: directory })),
    putFocalPoint: (focalPoint, o) =>
      call(() =>
        api.PUT("/focal-points/{id}", {
          ...text,
          params: { ...id(focalPoint.id), header: ifMatch(o) },
          body: focalPoint,
        }),
      ),
    events({ signal, ...query } = {}) {
      return call(() => api.GET("/events", { ...text, params: { query }, ...(signal ? { signal } : {}) }));
    },
    audit: (query = {}) => call(() => api.GET("/audit", { ...text, params: { query } })),
  };
}
