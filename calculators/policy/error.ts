/** Raised when policy parameters or a reference to them are wrong; the message is meant to end a build legibly. */
export class PolicyError extends Error {
  override name = 'PolicyError';
}
