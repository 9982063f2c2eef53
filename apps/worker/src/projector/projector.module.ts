import { Module } from '@nestjs/common';
import { ProjectorService } from './projector.service';

/** The projector; needs ProjectionEngineModule (global) and, to have work, a module providing PROJECTIONS. */
@Module({ providers: [ProjectorService], exports: [ProjectorService] })
export class ProjectorModule {}
