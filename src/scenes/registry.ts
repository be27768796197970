// Scene kind -> component. A new kind is one folder plus one line here.
import type { Component } from 'svelte';
import type { SceneKind } from '../content/schema.ts';
import type { SceneProps } from './types.ts';
import GalleryScene from './gallery/GalleryScene.svelte';
import EventsScene from './events/EventsScene.svelte';
// A plain import: a top-level `await import()` here held the whole start until its chunk arrived
// (the first scene is nearly always an achievements scene, so it is needed at once anyway).
import AchievementsScene from './achievements/AchievementsScene.svelte';

export const SCENES: Record<SceneKind, Component<SceneProps>> = {
  achievements: AchievementsScene,
  gallery: GalleryScene,
  events: EventsScene,
};
