/** A refused add or remove: its message is one sentence for the person who asked, and nothing was written. */
export class IngestError extends Error {
  override name = 'IngestError';
}
