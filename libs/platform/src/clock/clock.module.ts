import { Global, Module } from '@nestjs/common';
import { systemClock } from '@giaoviec/kernel';
import { CLOCK } from './clock.token';

@Global()
@Module({ providers: [{ provide: CLOCK, useValue: systemClock }], exports: [CLOCK] })
export class ClockModule {}
