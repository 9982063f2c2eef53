import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '@giaoviec/config';
import type { EmailContent } from './email-layout';

/**
 * E-mail over SMTP (nodemailer), from config.notifications: `smtpUrl` (smtp:// or smtps://,
 * credentials in the URL if the server wants them) and `mailFrom`. One message per
 * recipient, so no address is ever disclosed to another recipient.
 */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly transport: Transporter;
  private readonly from: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.transport = createTransport(config.notifications.smtpUrl, {
      // A server that hangs must fail the job (which is retried), not hold it forever.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    } as Parameters<typeof createTransport>[1]);
    this.from = config.notifications.mailFrom;
  }

  /** Sends `content` to one address; throws when the server refuses or cannot be reached. */
  async send(to: string, content: EmailContent): Promise<void> {
    await this.transport.sendMail({
      from: this.from,
      to,
      subject: content.subject,
      text: content.text,
      html: content.html,
    });
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
