// Public API of @learnlens/adapter-http.
export { createHttpAdapter, type AnalyticsExportRequest, type AnalyticsExportStream, type HttpAdapter, type HttpAdapterOptions } from './createHttpAdapter.js';
export { createHttpClient, type HttpClient, type HttpClientOptions } from './createHttpClient.js';
export { AuthenticationError, errorFromResponse, type AuthFailure } from './errors.js';
