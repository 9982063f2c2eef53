import { Inject, Injectable } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '@giaoviec/config';

export const SIGNATURE_HEADER = 'X-Giaoviec-Signature';
export const TIMESTAMP_HEADER = 'X-Giaoviec-Timestamp';
export const WEBHOOK_TIMEOUT_MS = 5_000;

/** `sha256=<hex HMAC-SHA256 of the raw body>`: what a subscriber recomputes with the shared secret. */
export function webhookSignature(rawBody: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody, 'utf8').digest('hex')}`;
}

/** A subscriber did not take the notification (network error, time-out or a non-2xx answer). */
export class WebhookDeliveryFailed extends Error {
  constructor(
    readonly url: string,
    detail: string,
  ) {
    super(`Webhook ${url} failed: ${detail}`);
    this.name = 'WebhookDeliveryFailed';
  }
}

/**
 * Signed webhooks for the city's other platforms (Hue-S, the operations centre): a JSON POST
 * to every URL of config.notifications.webhookUrls, with `X-Giaoviec-Signature` (HMAC of
 * the raw body with config.notifications.webhookSecret) and `X-Giaoviec-Timestamp`. The body
 * carries its own id and timestamp, so the signature covers them and a subscriber can drop
 * a replay or a repeat (a retried job posts the same id again).
 */
@Injectable()
export class WebhookPublisher {
  private readonly urls: readonly string[];
  private readonly secret: string | undefined;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.urls = config.notifications.webhookUrls;
    this.secret = config.notifications.webhookSecret;
  }

  get enabled(): boolean {
    return this.urls.length > 0;
  }

  /** Posts `payload` to every subscriber; throws if any of them did not accept it. */
  async publish(payload: Record<string, unknown>, now: Date): Promise<void> {
    if (!this.enabled) return;
    if (!this.secret) throw new Error('WEBHOOK_SECRET is required to sign webhook notifications');
    const timestamp = now.toISOString();
    const body = JSON.stringify({ ...payload, sentAt: timestamp });
    const headers = {
      'Content-Type': 'application/json; charset=utf-8',
      'User-Agent': 'giaoviec-webhook/1',
      [SIGNATURE_HEADER]: webhookSignature(body, this.secret),
      [TIMESTAMP_HEADER]: timestamp,
    };
    const results = await Promise.allSettled(this.urls.map((url) => this.post(url, body, headers)));
    const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
    if (failed) throw failed.reason;
  }

  private async post(url: string, body: string, headers: Record<string, string>): Promise<void> {
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        body,
        headers,
        signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
        redirect: 'error',
      });
    } catch (error) {
      throw new WebhookDeliveryFailed(url, error instanceof Error ? error.message : String(error));
    }
    await response.body?.cancel().catch(() => undefined);
    if (!response.ok) throw new WebhookDeliveryFailed(url, `HTTP ${response.status}`);
  }
}
