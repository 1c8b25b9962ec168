/** The SDK's version, sent in `X-Atender-Client`; a test keeps it equal to package.json's. */
export const SDK_VERSION = '0.1.0';
