import { createHash, generateKeyPairSync, type KeyObject, randomBytes, sign } from 'node:crypto';
import { isoCBOR } from '@simplewebauthn/server/helpers';

/** The relying party of the test config (PUBLIC_URL defaults to http://localhost:3000). */
export const TEST_RP = { id: 'localhost', origin: 'http://localhost:3000' };

interface CreationOptions {
  challenge: string;
  user: { id: string };
}

interface RequestOptions {
  challenge: string;
}

/** What may be changed about one ceremony, to show that the server refuses it. */
export interface Tamper {
  origin?: string;
  rpId?: string;
  /** Leaves the user-verified flag off (a security key without PIN). */
  userVerified?: boolean;
  /** The signature counter to report, instead of one more than last time. */
  counter?: number;
}

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest();

/**
 * A software authenticator with one ES256 (P-256) key: it answers registration with attestation
 * `none` and assertions with real signatures, byte for byte as WebAuthn specifies (authenticator
 * data, COSE key, client data), so the server's library verifies them like a browser's.
 */
export class SoftwareAuthenticator {
  readonly credentialId = randomBytes(32).toString('base64url');
  private readonly privateKey: KeyObject;
  private readonly publicKey: KeyObject;
  private counter = 0;
  userHandle: string | undefined;

  constructor() {
    const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    this.privateKey = pair.privateKey;
    this.publicKey = pair.publicKey;
  }

  /** The answer of `navigator.credentials.create()` to the server's options. */
  register(options: CreationOptions, tamper: Tamper = {}) {
    this.userHandle = options.user.id;
    const clientDataJSON = this.clientData('webauthn.create', options.challenge, tamper);
    const jwk = this.publicKey.export({ format: 'jwk' });
    const coseKey = new Map<number, number | Uint8Array>([
      [1, 2], // kty: EC2
      [3, -7], // alg: ES256
      [-1, 1], // crv: P-256
      [-2, new Uint8Array(Buffer.from(jwk.x ?? '', 'base64url'))],
      [-3, new Uint8Array(Buffer.from(jwk.y ?? '', 'base64url'))],
    ]);
    const credentialId = Buffer.from(this.credentialId, 'base64url');
    const idLength = Buffer.alloc(2);
    idLength.writeUInt16BE(credentialId.length);
    const attested = Buffer.concat([
      Buffer.alloc(16), // AAGUID: none
      idLength,
      credentialId,
      Buffer.from(isoCBOR.encode(coseKey)),
    ]);
    const authData = this.authenticatorData(tamper, 0x40, attested);
    const attestationObject = isoCBOR.encode(
      new Map<string, string | Map<string, string> | Uint8Array>([
        ['fmt', 'none'],
        ['attStmt', new Map<string, string>()],
        ['authData', new Uint8Array(authData)],
      ]),
    );
    return {
      id: this.credentialId,
      rawId: this.credentialId,
      type: 'public-key' as const,
      clientExtensionResults: {},
      response: {
        clientDataJSON: clientDataJSON.toString('base64url'),
        attestationObject: Buffer.from(attestationObject).toString('base64url'),
        transports: ['internal'],
      },
    };
  }

  /** The answer of `navigator.credentials.get()` to the server's options. */
  assert(options: RequestOptions, tamper: Tamper = {}) {
    const clientDataJSON = this.clientData('webauthn.get', options.challenge, tamper);
    const authData = this.authenticatorData(tamper, 0);
    const signature = sign('sha256', Buffer.concat([authData, sha256(clientDataJSON)]), {
      key: this.privateKey,
      dsaEncoding: 'der',
    });
    return {
      id: this.credentialId,
      rawId: this.credentialId,
      type: 'public-key' as const,
      clientExtensionResults: {},
      response: {
        clientDataJSON: clientDataJSON.toString('base64url'),
        authenticatorData: authData.toString('base64url'),
        signature: signature.toString('base64url'),
        ...(this.userHandle ? { userHandle: this.userHandle } : {}),
      },
    };
  }

  private clientData(type: string, challenge: string, tamper: Tamper) {
    return Buffer.from(
      JSON.stringify({
        type,
        challenge,
        origin: tamper.origin ?? TEST_RP.origin,
        crossOrigin: false,
      }),
    );
  }

  private authenticatorData(tamper: Tamper, extraFlags: number, attested?: Buffer) {
    // User present; user verified unless a test says not; backup eligible and backed up (synced).
    const flags = 0x01 | (tamper.userVerified === false ? 0 : 0x04) | 0x08 | 0x10 | extraFlags;
    this.counter = tamper.counter ?? this.counter + 1;
    const counter = Buffer.alloc(4);
    counter.writeUInt32BE(this.counter);
    return Buffer.concat([
      sha256(tamper.rpId ?? TEST_RP.id),
      Buffer.from([flags]),
      counter,
      ...(attested ? [attested] : []),
    ]);
  }
}
