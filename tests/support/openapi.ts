import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { ValidateFunction } from "ajv";
import { openApiDocument } from "@/lib/api/document";
import type { Operation } from "@/lib/http/operation";

// Every answer an API test receives is held to the OpenAPI document (not to the zod schemas
// it came from): an undocumented status, a missing header or a body that does not match
// fails the test that received it.

const DOCUMENT_ID = "https://ofm-onboarding.test/openapi.json";
const validators = new Map<string, ValidateFunction>();
let ajv: Ajv2020 | undefined;

function validatorAt(pointer: string): ValidateFunction {
  if (!ajv) {
    ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    ajv.addSchema({ ...openApiDocument(), $id: DOCUMENT_ID });
  }
  let validate = validators.get(pointer);
  if (!validate) {
    validate = ajv.compile({ $ref: `${DOCUMENT_ID}#${pointer}` });
    validators.set(pointer, validate);
  }
  return validate;
}

const escape = (segment: string) => segment.replaceAll("~", "~0").replaceAll("/", "~1");

export function assertMatchesDocument(operation: Pick<Operation, "method" | "path">, status: number, headers: Headers, body: unknown): void {
  const where = `${operation.method.toUpperCase()} ${operation.path} → ${status}`;
  const response = openApiDocument().paths?.[operation.path]?.[operation.method]?.responses?.[String(status)] as
    | { headers?: Record<string, { required?: boolean }>; content?: Record<string, unknown> }
    | undefined;
  if (!response) throw new Error(`${where} is not in the OpenAPI document.`);
  for (const [name, header] of Object.entries(response.headers ?? {})) {
    if (header.required && !headers.has(name)) throw new Error(`${where}: the documented header ${name} is missing.`);
  }
  const contentType = (headers.get("content-type") ?? "").split(";")[0].trim();
  const documentedTypes = Object.keys(response.content ?? {});
  if (!documentedTypes.includes(contentType)) throw new Error(`${where}: content-type ${contentType || "(none)"}, documented ${documentedTypes.join(", ")}.`);
  if (contentType !== "application/json") return;
  const validate = validatorAt(["", "paths", operation.path, operation.method, "responses", String(status), "content", contentType, "schema"].map(escape).join("/"));
  if (!validate(body)) throw new Error(`${where}: the body does not match the document: ${JSON.stringify(validate.errors?.slice(0, 5))}\n${JSON.stringify(body).slice(0, 2000)}`);
}
