// The last few errors the kiosk met, for the staff status view (newest first).
const MAX_ENTRIES = 20;

export interface LoggedError {
  at: Date;
  message: string;
}

class ErrorLog {
  entries = $state.raw<LoggedError[]>([]);

  record(message: string, at: Date): void {
    this.entries = [{ at, message: message.slice(0, 300) }, ...this.entries].slice(0, MAX_ENTRIES);
  }
}

export const errorLog = new ErrorLog();
