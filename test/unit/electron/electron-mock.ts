// A stand-in for the `electron` module, so the real main-process glue and preload run in vitest without Electron
// (like Electron Fiddle's tests/setup.ts). Each test file replaces electron with it in one line:
//   vi.mock('electron', () => import('../electron-mock'));
// It records what the glue registers (IPC handlers, protocol handlers, session handlers, windows) and lets tests
// fire the events Electron would fire. Call resetElectronMock() in beforeEach.
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

type AnyFn = (...args: never[]) => unknown;
/**
 * What a bare vi.fn<Spy>() stands for. Spelled out because Vitest 5 no longer exports its own name for it, and a composite
 * project must be able to name every exported type (TS2883).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same loose signature vi.fn<Spy>() has always had
type Spy = (...args: any[]) => any;

/** What Electron passes to preventable event listeners. */
export function preventableEvent<T extends object>(fields: T = {} as T) {
  const event = Object.assign(fields, { defaultPrevented: false, preventDefault: vi.fn(() => {}) });
  // Object.assign would copy a getter's value once, so the flag is set by preventDefault itself.
  event.preventDefault.mockImplementation(() => {
    event.defaultPrevented = true;
  });
  return event;
}

export class FakeFrame {
  constructor(
    public url: string,
    public parent: FakeFrame | null = null,
  ) {}
  get top(): FakeFrame {
    return this.parent ? this.parent.top : this;
  }
}

export class FakeWebContents extends EventEmitter {
  mainFrame = new FakeFrame('about:blank');
  send = vi.fn<Spy>();
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  loadURL = vi.fn(async (url: string) => {
    this.mainFrame.url = url;
  });
  isDestroyed = vi.fn(() => false);
  printToPDF = vi.fn(async (_options: Record<string, unknown>) => Buffer.from('%PDF-1.7 fake'));
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  paths = new Map<string, string>([['userData', '/fake/userData']]);
  hasLock = true;
  quitCompleted = false;
  private ready: Promise<void> = Promise.resolve();
  private resolveReady: () => void = () => {};
  private readyFired = false;
  /** Makes whenReady() wait until fireReady(); by default it resolves on the next tick, as Electron's does. */
  holdReady(): void {
    this.ready = new Promise((resolve) => (this.resolveReady = resolve));
  }
  fireReady(): void {
    this.resolveReady();
  }
  resetReady(): void {
    this.ready = Promise.resolve();
    this.readyFired = false;
  }
  isReady = vi.fn(() => this.readyFired);
  whenReady = vi.fn(() =>
    this.ready.then(() => {
      this.readyFired = true;
    }),
  );
  getPath = vi.fn((name: string) => this.paths.get(name) ?? `/fake/${name}`);
  setPath = vi.fn((name: string, value: string) => void this.paths.set(name, value));
  getVersion = vi.fn(() => '0.1.0');
  requestSingleInstanceLock = vi.fn(() => this.hasLock);
  /** Like Electron: before-quit may be prevented; otherwise the app goes on to will-quit and ends. */
  quit = vi.fn(() => {
    const event = preventableEvent();
    this.emit('before-quit', event);
    if (event.defaultPrevented) return;
    this.emit('will-quit', preventableEvent());
    this.quitCompleted = true;
  });
  exit = vi.fn<Spy>();
}

export const app = new FakeApp();

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = [];
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.instances.filter((w) => !w.destroyed);
  }
  webContents = new FakeWebContents();
  destroyed = false;
  focused = false;
  constructor(public options: Record<string, unknown> & { webPreferences?: Record<string, unknown> }) {
    super();
    const { x = 0, y = 0, width = 800, height = 600 } = options as Record<string, number>;
    this.normalBounds = { x, y, width, height };
    BrowserWindow.instances.push(this);
    // Electron announces every new webContents; the security guards hang off this event.
    app.emit('web-contents-created', preventableEvent(), this.webContents);
  }
  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url);
  }
  show = vi.fn<Spy>();
  focus = vi.fn<Spy>();
  maximized = false;
  /** Where the window is when not maximised; starts at the constructor's bounds, and tests move it. */
  normalBounds = { x: 0, y: 0, width: 800, height: 600 };
  getNormalBounds = vi.fn(() => ({ ...this.normalBounds }));
  isMaximized = vi.fn(() => this.maximized);
  maximize = vi.fn(() => {
    this.maximized = true;
  });
  restore = vi.fn<Spy>();
  isMinimized = vi.fn(() => false);
  isFocused = vi.fn(() => this.focused);
  isDestroyed = vi.fn(() => this.destroyed);
  destroy = vi.fn(() => {
    this.destroyed = true;
  });
  /** Whether the page's beforeunload refuses to unload (a form with unsaved edits). */
  refusesUnload = false;
  /**
   * Like Electron: 'close' may be prevented; a page that refuses to unload fires will-prevent-unload on its
   * webContents, and the window closes only if that is prevented (the page's refusal ignored).
   */
  close = vi.fn(() => {
    const closing = preventableEvent();
    this.emit('close', closing);
    if (closing.defaultPrevented) return;
    if (this.refusesUnload) {
      const unload = preventableEvent();
      this.webContents.emit('will-prevent-unload', unload);
      if (!unload.defaultPrevented) return;
    }
    this.destroyed = true;
    this.emit('closed');
  });
}

class FakeIpcMain {
  handlers = new Map<string, AnyFn>();
  handle = vi.fn((channel: string, handler: AnyFn) => {
    // Like Electron: a second handler on one channel is an error.
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  });
  removeHandler = vi.fn((channel: string) => void this.handlers.delete(channel));
  /** Calls the registered handler as Electron would for ipcRenderer.invoke from `sender`/`senderFrame`. */
  async invoke(channel: string, event: { sender: unknown; senderFrame: FakeFrame | null }, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return (handler as (...a: unknown[]) => unknown)(event, ...args);
  }
}
export const ipcMain = new FakeIpcMain();

export const protocol = {
  handlers: new Map<string, (request: { url: string }) => Promise<Response> | Response>(),
  registerSchemesAsPrivileged: vi.fn<Spy>(),
  handle: vi.fn((scheme: string, handler: (request: { url: string }) => Promise<Response> | Response) => {
    protocol.handlers.set(scheme, handler);
  }),
};

type HeadersListener = (
  details: { url: string; responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
) => void;

class FakeSession {
  permissionRequestHandler: AnyFn | undefined;
  permissionCheckHandler: AnyFn | undefined;
  devicePermissionHandler: AnyFn | undefined;
  headersListener: HeadersListener | undefined;
  webRequest = {
    onHeadersReceived: vi.fn((listener: HeadersListener) => {
      this.headersListener = listener;
    }),
  };
  setPermissionRequestHandler = vi.fn((h: AnyFn) => void (this.permissionRequestHandler = h));
  setPermissionCheckHandler = vi.fn((h: AnyFn) => void (this.permissionCheckHandler = h));
  setDevicePermissionHandler = vi.fn((h: AnyFn) => void (this.devicePermissionHandler = h));
}
let defaultSession = new FakeSession();
export const session = {
  /** Like Electron, the default session exists only once the app is ready. */
  get defaultSession(): FakeSession {
    if (!app.isReady()) throw new Error('Session can only be received when app is ready');
    return defaultSession;
  },
};

export const shell = { openExternal: vi.fn(async (_url: string) => {}) };
export const dialog = {
  showErrorBox: vi.fn<Spy>(),
  /** Answers with the cancelId (Escape) unless a test says otherwise (mockReturnValueOnce(index)). */
  showMessageBoxSync: vi.fn((..._args: unknown[]): number => {
    const options = _args.find((a): a is { cancelId?: number } => typeof a === 'object' && a !== null && 'buttons' in a);
    return options?.cancelId ?? 0;
  }),
  /** Answers "cancelled" unless a test says otherwise (mockResolvedValueOnce({ canceled: false, filePath })). */
  showSaveDialog: vi.fn(async (..._args: unknown[]): Promise<{ canceled: boolean; filePath?: string }> => ({ canceled: true })),
  /** Also "cancelled" unless a test says otherwise. */
  showOpenDialog: vi.fn(async (..._args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> => ({ canceled: true, filePaths: [] })),
};
/** Seals as "sealed:" + text; opens only what it sealed (anything else throws, as a foreign ciphertext does). */
export const safeStorage = {
  encryptionAvailable: true,
  isEncryptionAvailable: vi.fn(() => safeStorage.encryptionAvailable),
  encryptString: vi.fn((text: string) => Buffer.from(`sealed:${text}`, 'utf8')),
  decryptString: vi.fn((encrypted: Buffer) => {
    const text = encrypted.toString('utf8');
    if (!text.startsWith('sealed:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    return text.slice('sealed:'.length);
  }),
};
/**
 * A utilityProcess child: records what main posts and lets a test answer as the process would (emit 'message',
 * 'exit'). linkToBackendLoop (main/backend-link.ts) wires one to the real backend message loop.
 */
export class FakeUtilityProcess extends EventEmitter {
  pid: number | undefined = 4242;
  constructor(
    public modulePath: string,
    public args: string[],
    public options: Record<string, unknown>,
  ) {
    super();
  }
  postMessage = vi.fn((_message: unknown) => {});
  kill = vi.fn(() => {
    this.pid = undefined;
    this.emit('exit', 0);
    return true;
  });
}
export const utilityProcess = {
  instances: [] as FakeUtilityProcess[],
  /** Runs on each fork, so a test can wire the child before main posts its first message. */
  onFork: undefined as ((child: FakeUtilityProcess) => void) | undefined,
  fork: vi.fn((modulePath: string, args: string[] = [], options: Record<string, unknown> = {}) => {
    const child = new FakeUtilityProcess(modulePath, args, options);
    utilityProcess.instances.push(child);
    utilityProcess.onFork?.(child);
    return child;
  }),
};

interface FakeDisplay {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
  workArea: { x: number; y: number; width: number; height: number };
  scaleFactor: number;
}
/** One 1920×1080 display by default; tests set screen.displays (the first one is primary). */
export const screen = {
  displays: [] as FakeDisplay[],
  getAllDisplays: vi.fn(() => screen.displays),
  getPrimaryDisplay: vi.fn(() => screen.displays[0]),
};
function defaultDisplays(): FakeDisplay[] {
  return [{ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 }, scaleFactor: 1 }];
}
screen.displays = defaultDisplays();

export const Menu = {
  buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
  setApplicationMenu: vi.fn<Spy>(),
};

// The preload side.
export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld: vi.fn((key: string, api: unknown) => void contextBridge.exposed.set(key, api)),
};
class FakeIpcRenderer extends EventEmitter {
  invoke = vi.fn(async (_channel: string, ..._args: unknown[]): Promise<unknown> => undefined);
}
export const ipcRenderer = new FakeIpcRenderer();

/** Forgets everything the glue registered, so each test starts from a fresh Electron. */
export function resetElectronMock(): void {
  vi.clearAllMocks();
  app.removeAllListeners();
  app.isPackaged = false;
  app.hasLock = true;
  app.quitCompleted = false;
  app.paths = new Map([['userData', '/fake/userData']]);
  app.resetReady();
  BrowserWindow.instances = [];
  ipcMain.handlers.clear();
  protocol.handlers.clear();
  defaultSession = new FakeSession();
  contextBridge.exposed.clear();
  ipcRenderer.removeAllListeners();
  safeStorage.encryptionAvailable = true;
  utilityProcess.instances = [];
  utilityProcess.onFork = undefined;
  screen.displays = defaultDisplays();
}
