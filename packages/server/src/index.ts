// Public API of @learnlens/server.
export { claimMapper, createTokenVerifier, defaultClaimsToViewer, type TokenVerifier } from './auth.js';
export { AuthenticationError, AuthUnavailableError, HttpError, type AuthFailure } from './errors.js';
export { createLearnlensHandler, type LearnlensRequestHandler } from './handler.js';
export type { AuthOptions, ClaimMapping, ClaimPath, JwksOptions, LearnlensHandlerOptions, ServerPrivacyPolicy } from './options.js';
export { startLearnlensServer, type LearnlensServer, type LearnlensServerOptions } from './standalone.js';
export {
  MAX_SIGNED_URL_SECONDS,
  type ExportObjectStore,
  type ResolvedSignedExports,
  type SignedExportOptions,
} from './signedExport.js';
