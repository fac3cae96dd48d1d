/**
 * The REST routes' request validators, compiled by fastify's own ajv compiler when a route is first called
 * rather than all of them while the server starts (fastify's default): compiling some eighty JSON schemas was
 * about a tenth of a start (bench/RESULTS.md, "Issue #12, fourth round"). A route pays its compile, about a
 * millisecond, once per process.
 *
 * Fastify checks neither when a validator was compiled nor how: it calls it, and reads `errors` from it when it
 * returns false. tests/rest/route-schemas.test.ts compiles every route's schemas, checked against JSON Schema's
 * meta-schema, so a mistake in one still fails before it ships rather than at a route's first request.
 */
import AjvCompiler from "@fastify/ajv-compiler";

type Validator = ReturnType<AjvCompiler.ValidatorCompiler>;

/** For fastify's `schemaController.compilersFactory.buildValidator`. */
export function lazyValidators(): AjvCompiler.ValidatorFactory {
  const build = AjvCompiler();
  return (externalSchemas, options) => {
    const compile = build(externalSchemas, options);
    return (route) => {
      let validate: Validator | undefined;
      const validateLazily = ((data: unknown) => {
        validate ??= compile(route);
        const valid = validate(data);
        validateLazily.errors = validate.errors;
        return valid;
      }) as Validator;
      return validateLazily;
    };
  };
}
