import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './startServer';

// createConnection picks stdio, IPC or a socket from the command line (--stdio, --node-ipc, --socket=).
startServer(createConnection(ProposedFeatures.all));
