import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@giaoviec/event-store';
import { StreamCategoryView } from '@giaoviec/platform';
import {
  AGENCY_EVENT_TYPES,
  AGENCY_STREAM_PREFIX,
  agencyDecider,
  agencyDirectoryEntry,
  type AgencyDirectory,
  type AgencyDirectoryEntry,
  type AgencyEvent,
  type AgencyState,
} from '../domain';

/** The directory of agencies, as other contexts need it (who is active, which communes exist). */
@Injectable()
export class AgencyDirectoryReader {
  private readonly view: StreamCategoryView<AgencyState, AgencyEvent>;

  constructor(@Inject(EVENT_STORE) store: EventStore) {
    this.view = new StreamCategoryView(store, {
      streamPrefix: AGENCY_STREAM_PREFIX,
      eventTypes: AGENCY_EVENT_TYPES,
      evolver: agencyDecider,
    });
  }

  /** The directory including every agency event committed before this call. */
  async current(): Promise<AgencyDirectory> {
    const directory: Record<string, AgencyDirectoryEntry> = {};
    for (const { state } of (await this.view.current()).values()) {
      const entry = agencyDirectoryEntry(state);
      if (entry) directory[entry.agencyId] = entry;
    }
    return directory;
  }
}
