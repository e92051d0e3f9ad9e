/** Wraps a DigestPublisher: each post runs under its own request id and leaves one log line with its outcome. */
import type { DigestPublisher, Logger } from '../ports.js';
import { withRequestId } from '../runtime/request-id.js';

export function instrumentPublisher(publisher: DigestPublisher, logger: Logger): DigestPublisher {
  return {
    platform: publisher.platform,
    findPosted: (post, since) => withRequestId(() => publisher.findPosted(post, since)),
    publish: (post) => withRequestId(async () => {
      const started = performance.now();
      const fields = { platform: publisher.platform, key: post.key, channelId: post.channel.channelId, localDate: post.localDate };
      try {
        const result = await publisher.publish(post);
        logger.info('digest published', { ...fields, outcome: result.kind, ms: Math.round(performance.now() - started) });
        return result;
      } catch (error) {
        logger.warn('digest publish failed', { ...fields, code: 'platform_send_failed', ms: Math.round(performance.now() - started), err: error });
        throw error;
      }
    }),
  };
}
