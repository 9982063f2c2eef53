export * from './calendar-data';
export * from './working-day-calendar';
