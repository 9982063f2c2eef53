import { Inject, Injectable, Logger } from '@nestjs/common';
import { localDateAt, vietnamWorkingDays, type Clock, type LocalDate } from '@giaoviec/kernel';
import { CLOCK } from '@giaoviec/platform';
import { Mailer } from '../notification/mailer';
import { RecipientDirectory } from '../notification/recipient-directory';
import { buildDigest, type Digest } from './digest-content';
import { DigestReader } from './digest.reader';

export interface DigestSent {
  readonly skipped?: undefined;
  readonly digest: Digest;
  /** How many standing-office users were e-mailed (counts only: addresses stay out of logs). */
  readonly sent: number;
  /** Standing-office users without an address. */
  readonly withoutAddress: number;
}

/** Nothing is sent on a weekend, holiday or day off: the next working day's digest covers it. */
export interface DigestSkipped {
  readonly skipped: 'day_off';
  readonly today: LocalDate;
}

export type DigestOutcome = DigestSent | DigestSkipped;

/**
 * On a working day, builds today's digest (today from CLOCK, in Huế) and e-mails it to every active user of
 * the standing office who has an address, one message each. A digest with nothing in it is
 * still sent: "nothing new" is news to the standing office. Throws if any message fails, so
 * the job is retried (an address already served may get it twice).
 */
@Injectable()
export class DigestService {
  private readonly logger = new Logger(DigestService.name);

  constructor(
    private readonly reader: DigestReader,
    private readonly recipients: RecipientDirectory,
    private readonly mailer: Mailer,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async sendDigest(): Promise<DigestOutcome> {
    const today = localDateAt(this.clock.now());
    if (!vietnamWorkingDays.isWorkingDay(today)) {
      this.logger.log(`Digest of ${today}: a day off, nothing sent`);
      return { skipped: 'day_off', today };
    }
    const digest = buildDigest(today, await this.reader.rows(today));
    const people = await this.recipients.withRoles(['standing_office']);
    const addresses = [...new Set(people.flatMap((p) => (p.email ? [p.email] : [])))];
    const results = await Promise.allSettled(addresses.map((to) => this.mailer.send(to, digest)));
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    this.logger.log(`Digest of ${today}: ${addresses.length - failed.length}/${addresses.length} sent`);
    if (failed.length > 0)
      throw new AggregateError(
        failed.map((r) => r.reason),
        `Digest of ${today}: ${failed.length} e-mail(s) failed`,
      );
    return {
      digest,
      sent: addresses.length,
      withoutAddress: people.filter((p) => !p.email).length,
    };
  }
}
