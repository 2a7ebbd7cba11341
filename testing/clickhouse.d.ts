/** A running throwaway server. */
export interface ClickHouseServer {
    /** Always "127.0.0.1". */
    host: string;
    /** The HTTP interface's port. */
    httpPort: number;
    /** The native protocol's port (clickhouse-client, Distributed tables). */
    tcpPort: number;
    /** `http://127.0.0.1:PORT`: what `createClickHouseAdapter({ url })` takes. */
    url: string;
    /** The temporary directory holding the config, the data and the logs (removed by `stop`). */
    dir: string;
    /** Stops the server and removes its directory; calling it again does nothing. */
    stop(): Promise<void>;
}
/** Options of `startClickHouse`. */
export interface StartClickHouseOptions {
    /** The server binary; default: clickhouse-server (or the single `clickhouse` binary) on the PATH or in /usr/(s)bin. */
    binary?: string;
    /** The users file; default: the packaged /etc/clickhouse-server/users.xml, else a minimal one (user `default`). */
    usersConfig?: string;
    /**
     * A cluster whose shards are databases of this one server (shard N reads `shardDatabases[N]`), for testing
     * Distributed tables without a second machine.
     */
    cluster?: {
        name: string;
        shardDatabases: string[];
    };
}
/** The command that runs a ClickHouse server (`clickhouse-server`, or `clickhouse server`), or null. */
export declare function findClickHouseServer(): {
    command: string;
    args: string[];
} | null;
/**
 * Writes a minimal config into a new temporary directory and starts the server on free loopback ports, waiting
 * until `SELECT 1` answers over HTTP. Throws, naming the Debian packages to install, when the server binary is missing.
 */
export declare function startClickHouse(options?: StartClickHouseOptions): Promise<ClickHouseServer>;
//# sourceMappingURL=clickhouse.d.ts.map