import { DynamicModule, Inject, Injectable, Logger, Module, OnModuleInit } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryModule, DiscoveryService, HttpAdapterHost } from '@nestjs/core';
import {
  AbstractLoader,
  ExpressLoader,
  ServeStaticModule,
  type ServeStaticModuleOptions,
} from '@nestjs/serve-static';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { APP_CONFIG, type AppConfig } from '@giaoviec/config';
import { DOCS_ROUTE } from '../http/configure-http-app';

const WEB_APP_OPTIONS = Symbol('WEB_APP_OPTIONS');

export interface WebAppOptions {
  /** Paths served by something other than a controller (e.g. '/queues'): never the web application's. */
  readonly otherRoutes?: readonly string[];
}

/** Vite names the files of assets/ by their content: they never change, so a browser keeps them a year. */
const ASSETS = 'assets';
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html (and any other file not named by its content) is checked with the server on every load. */
const REVALIDATE = 'no-cache';

export function webIndexOf(root: string): string {
  return join(root, 'index.html');
}

function cacheHeaders(root: string) {
  return (response: Response, path: string): void => {
    const inAssets = relative(root, path).split(sep)[0] === ASSETS;
    response.setHeader('Cache-Control', inAssets && basename(path) !== 'index.html' ? IMMUTABLE : REVALIDATE);
  };
}

/** The files of the built web application, or nothing (and a warning) when it is not built. */
function webFiles(config: AppConfig): ServeStaticModuleOptions[] {
  const root = config.web.root;
  if (!existsSync(webIndexOf(root))) {
    new Logger('WebApp').warn(
      `The web application is not built (no index.html in WEB_ROOT=${root}): serving the API only. ` +
        '`npm run build:web` builds it; restart the API afterwards.',
    );
    return [];
  }
  return [
    {
      rootPath: root,
      // The module's own fallback only answers /index.html itself; SpaFallback decides deep links.
      renderPath: '/index.html',
      serveStaticOptions: {
        index: false,
        fallthrough: true,
        cacheControl: false,
        dotfiles: 'ignore',
        redirect: false,
        setHeaders: cacheHeaders(root),
      },
    },
  ];
}

/**
 * Deep links of the web application (`/nhiem-vu/III.1.1`, `/viec-cua-don-vi`) load
 * index.html and its router takes over. Only for a GET that prefers HTML to JSON (a browser
 * opening a page) and whose first segment is not the API's: a client asking for JSON, or
 * any unknown path under an API route, still gets the API's 404 problem. Registered after
 * the controllers' routes and the static files, before the API's not-found handler.
 */
@Injectable()
class SpaFallback implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly discovery: DiscoveryService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(WEB_APP_OPTIONS) private readonly options: WebAppOptions,
  ) {}

  onModuleInit(): void {
    const adapter = this.adapterHost.httpAdapter;
    const index = webIndexOf(this.config.web.root);
    if (!adapter || !existsSync(index)) return;
    const apiSegments = this.apiSegments();
    adapter.use((request: Request, response: Response, next: NextFunction) => {
      if (request.method !== 'GET' && request.method !== 'HEAD') return next();
      if (apiSegments.has(firstSegment(request.path))) return next();
      if (request.accepts(['application/json', 'text/html']) !== 'text/html') return next();
      response.setHeader('Cache-Control', REVALIDATE);
      response.setHeader('Vary', 'Accept');
      response.type('html');
      // Removed since the API started (a rebuild in progress): the 404 problem, not a broken page.
      response.sendFile(index, (error?: Error) => (error && !response.headersSent ? next() : undefined));
    });
  }

  /** The first path segment of every controller, the documentation, the assets and the other routes named. */
  private apiSegments(): Set<string> {
    const paths = this.discovery
      .getControllers()
      .map((wrapper) => wrapper.metatype && Reflect.getMetadata(PATH_METADATA, wrapper.metatype))
      .flatMap((path: unknown) => (Array.isArray(path) ? path : [path]))
      .filter((path): path is string => typeof path === 'string');
    return new Set(
      [...paths, DOCS_ROUTE, ASSETS, ...(this.options.otherRoutes ?? [])].map(firstSegment).filter(Boolean),
    );
  }
}

function firstSegment(path: string): string {
  return path.replace(/^\/+/, '').split('/')[0] ?? '';
}

/**
 * The built web application (WEB_ROOT, by default dist/web) under `/`: its files through
 * @nestjs/serve-static, assets cached for a year and index.html revalidated every time, and
 * deep links answered with index.html (see SpaFallback). Without a build the API starts
 * all the same, says so in its log and serves only itself.
 */
@Module({})
export class WebAppModule {
  static forRoot(options: WebAppOptions = {}): DynamicModule {
    return {
      module: WebAppModule,
      imports: [
        DiscoveryModule,
        ServeStaticModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: webFiles,
          // The module picks its loader from the HTTP adapter present when it is instantiated, and
          // a testing module has none yet (it would serve nothing): the API runs on Express.
          extraProviders: [{ provide: AbstractLoader, useClass: ExpressLoader }],
        }),
      ],
      providers: [{ provide: WEB_APP_OPTIONS, useValue: options }, SpaFallback],
    };
  }
}
