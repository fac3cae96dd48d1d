/**
 * The REST routes' request validators, compiled by fastify's own ajv compiler when a route is first called
 * rather than all of them while the server starts (fastify's default): compiling some eighty JSON schemas, and
 * JSON Schema's meta-schema to check them against, was about a tenth of a start (bench/RESULTS.md, "Issue #12,
 * fourth round"). A route pays its compile, about a millisecond, once per process.
 *
 * Fastify calls a validator (with the request part's parent when it has a `schemaEnv`, so that ajv could
 * change a root value) and reads `errors` from it when it returns false; the function below does the same
 * with the compiled one. tests/rest/route-schemas.test.ts compiles every route's schemas with these options
 * and the meta-schema check, so a mistake in one fails before it ships rather than at a route's first request.
 */
import AjvCompiler from "@fastify/ajv-compiler";

type Validator = ReturnType<AjvCompiler.ValidatorCompiler>;

/** The server's ajv options. Types are checked, not coerced: a number where a string belongs is a 400, not a silent "123". */
export const AJV_OPTIONS = { coerceTypes: false, removeAdditional: false, allErrors: false, validateSchema: false } as const;

/** For fastify's `schemaController.compilersFactory.buildValidator`. */
export function lazyValidators(): AjvCompiler.ValidatorFactory {
  const build = AjvCompiler();
  return (externalSchemas, options) => {
    const compile = build(externalSchemas, options);
    return (route) => {
      let compiled: Validator | undefined;
      const validator = () => (compiled ??= compile(route));
      const validateLazily = ((data: unknown, context?: object) => {
        const validate = validator();
        const valid = validate(data, context as never);
        validateLazily.errors = validate.errors;
        return valid;
      }) as Validator;
      Object.defineProperty(validateLazily, "schemaEnv", { get: () => validator().schemaEnv });
      return validateLazily;
    };
  };
}
