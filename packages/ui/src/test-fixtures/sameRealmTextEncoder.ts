import { afterAll, beforeAll } from 'vitest';

/**
 * Under Vitest's jsdom environment `Uint8Array` is jsdom's while `TextEncoder` is Node's, so encoded strings
 * fail `instanceof Uint8Array` checks (hyparquet-writer's among them) although every browser passes them.
 * This makes `encode` return the global realm's Uint8Array for the tests of one file.
 */
export function useSameRealmTextEncoder(): void {
  const original = TextEncoder.prototype.encode;
  beforeAll(() => {
    TextEncoder.prototype.encode = function encode(this: TextEncoder, input?: string) {
      const bytes = original.call(this, input);
      return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) as typeof bytes;
    };
  });
  afterAll(() => {
    TextEncoder.prototype.encode = original;
  });
}
