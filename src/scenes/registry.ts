// Scene kind -> component. A new kind is one folder plus one line here.
import type { Component } from 'svelte';
import type { SceneKind } from '../content/schema.ts';
import type { SceneProps } from './types.ts';
import PlaceholderScene from './PlaceholderScene.svelte';
import GalleryScene from './gallery/GalleryScene.svelte';
import EventsScene from './events/EventsScene.svelte';

export const SCENES: Record<SceneKind, Component<SceneProps>> = {
  achievements: (await import('./achievements/AchievementsScene.svelte')).default,
  gallery: GalleryScene,
  events: EventsScene,
};
