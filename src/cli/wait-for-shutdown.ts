/**
 * Resolves on the first SIGINT or SIGTERM, so a command can stop what it started and exit cleanly.
 * The handlers stay installed while it stops (removing the last one would restore the default
 * action and kill the process mid-cleanup); a second signal exits at once.
 */
export function waitForShutdown(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    let received = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (received) process.exit(1);
      received = true;
      resolve(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}
