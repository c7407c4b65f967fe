/**
 * THE SANDBOX SIGNING KEY. It is public: it sits in this repository for anyone
 * to read, so any token it signs proves nothing. It exists so that
 * `npm run token` can mint tokens without a running emulator and so tokens
 * survive emulator restarts. Production must never trust this key (never put
 * its JWKS, the emulator URL or this file in a production configuration).
 */
import type { JWK } from 'jose';

/** Key id in every sandbox token header and in the served JWKS. */
export const SANDBOX_KEY_ID = '1';

/** RSA 2048 public key, served at `/oauth2/v0/jwks`. */
export const SANDBOX_PUBLIC_JWK: JWK = {
  kty: 'RSA',
  n: 'rIf7i91s-ZHaudG8xOM3BULyHyosKPz1Z2iiizki5C9vo6xVUHriNSFdyxeqrkXbqYFOkX4yNzcJJw5Y4lSPyDigP8MuarSEqTGhgX_DIEJuMyUy5xv6K_X9xOyPbDLFTw0uXQQFK7ZWtfAh3qJRc3Nj0U2RvtLgI4DtNgF2MhfPEu3T-DCcnk6d4LCW8MRBEgWf-e5xaT0d-GJjMmQdNKpgGJnrBmYd1l-CsHOHYJ1de4bLBqmn0zVAgvdaxZcSCl07gRwXmlPyAyBQ51fysHMfv9VmbPbrnGtkwjgcBgrDSf_FDZ9zvL4s7hKU5XApyQUI_Nme5EDLjWTfRjlPbQ',
  e: 'AQAB',
};

/** The private half: sandbox only, see the header of this file. */
export const SANDBOX_PRIVATE_JWK: JWK = {
  kty: 'RSA',
  n: 'rIf7i91s-ZHaudG8xOM3BULyHyosKPz1Z2iiizki5C9vo6xVUHriNSFdyxeqrkXbqYFOkX4yNzcJJw5Y4lSPyDigP8MuarSEqTGhgX_DIEJuMyUy5xv6K_X9xOyPbDLFTw0uXQQFK7ZWtfAh3qJRc3Nj0U2RvtLgI4DtNgF2MhfPEu3T-DCcnk6d4LCW8MRBEgWf-e5xaT0d-GJjMmQdNKpgGJnrBmYd1l-CsHOHYJ1de4bLBqmn0zVAgvdaxZcSCl07gRwXmlPyAyBQ51fysHMfv9VmbPbrnGtkwjgcBgrDSf_FDZ9zvL4s7hKU5XApyQUI_Nme5EDLjWTfRjlPbQ',
  e: 'AQAB',
  d: 'GgCAe6rKYq6FrV2bunyX7TYSsXm0oBTHk2ckoCDjTkqL47n0PaXXc7Rso1AUzCEBIwG26px_Su0Ddxxlbu7ZoI5QMGvlEfXUzH8LXS35JWJ9oz2m90ezI272aPhSATeBnxFYfHI_qT_Yv6DKKfiCmAi68W9kWMMFPrSOi4Ya3x-RoRJ-rEd1VsXo6XwKVS9Bttxvf_HUXOrgxVl4aLPb4q4a9aCsPLPsArAaAv2Np7UniUZVXkib4jytUpHc9iRhYaW_xeWp1F6XjLiJb-FZzvNGMoXhkYoLIpy1qrX7d3y9CrFj4mzAkpn5xH3AYRHiqeV9bsv57om8TJhjHcWTTQ',
  p: '7iHQpBJADOm53N2bKPuRBpvKYd3heq1sEC18RpYmXIuxoj3dzb9OkHHocl8DeZQ9DjAvGtzwg2SgN5IqTjjB8DA6LCdMvyc_TepDgnAGmsAHUfyHkmyXJ5EK23etAci_dsE8J6U7cOljafAJ7iUqdyBSadKC0qyWsUFMuhEz9OM',
  q: 'uXoQ1JeVcNSBr5WamuUqwWsBM3kXMZoQaFIwUtP1rt2jjkzkCGdAy-swKF5OAXrrGT4TUtbchGMp0fyC7vNiZuzLjBTNgymxjjaqui_QMrzkc7NIvuSFfHCRcBZTeeTADKi8mhGs_5o9v72IzBrMveMxR0Rtvi6Z_EZSkuQwK28',
  dp: '2JmDaKl8_wHdYEtl5XolKOitxiUHAgoaQADPiHjsvcMGuPci-BFpybMCZn2L8Jtoia5EOl_6mNj_bmyR9IJlzS5gy2aXxUtSpnFOJKf3Ke0--1ECk6oYNxIT2RpbEENj_AW5zKnbjlGLboG61pWRsbeBnuWuvyfjDanCu4AITVc',
  dq: 'oVmjEo3bnw_-0XRfzqfVjfU8Uj7hAnF4HIiDKUriy4BcLAqPxQ-tureaaUPAsGDx7D-oJ8RqiXCKjPYSITTxQYB1giMGtTesEn9T_ixh_gF863nnqsi5pwt2Of_yFnP87gZMK-t8h87yML79JjGaMwZVdB3_Khb4NhIm-0ou7Vk',
  qi: 'f1OQfp-MYT9AfMo7Z3FJKB5LeULITlc8XsbM6XuSyHzbA37tITlzNvXoPztlPTFRNiYjnwceTQeYyOzX-OBb1LKenzssq5OGe4pBXue3zgB2-X6uV1RFNqpAn15fXXe0M9kjxNNmRglo972QsIn7mnC7565SKdERXdLrpa8gk4Q',
};
