import { ErrorEnvelopeSchema, ProblemSchema, isErrorCode, type Lang, type Problem } from "@sapa/shared";
import { z } from "zod";
import { ApiError } from "./api-error.ts";
import { clientMessage } from "./messages.ts";

/** The ApiError of a non-2xx response, from its error envelope when it has one. */
export async function errorFromResponse(response: Response, lang: Lang): Promise<ApiError> {
  const text = await response.text().catch(() => "");
  const retryAfter = Number(response.headers.get("Retry-After"));
  const retryAfterSeconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const envelope = ErrorEnvelopeSchema.safeParse(json);
  if (envelope.success) {
    const { code, message, details } = envelope.data.error;
    return new ApiError({
      status: response.status,
      code: isErrorCode(code) ? code : `http-${response.status}`,
      message,
      details,
      retryAfterSeconds,
      fromServer: true,
      problems: response.status === 422 ? problemsIn(details) : undefined,
    });
  }
  return new ApiError({
    status: response.status,
    code: `http-${response.status}`,
    message: clientMessage("http-error", lang, { status: response.status }),
    details: text.slice(0, 300) || undefined,
    retryAfterSeconds,
  });
}

const ProblemListSchema = z.array(ProblemSchema);

/** The problem list of a 422's details, when it is one (a malformed list is left in details, unlisted). */
function problemsIn(details: unknown): Problem[] | undefined {
  const parsed = ProblemListSchema.safeParse((details as { problems?: unknown } | undefined)?.problems);
  return parsed.success ? parsed.data : undefined;
}
