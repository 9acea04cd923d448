import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import type { Role } from '@/gql/graphql'
import { useAuthStore } from '@/stores/auth'

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without signing in. */
    public?: boolean
    /** Rendered without the app shell (header, navigation). */
    bare?: boolean
    /** Roles allowed; absent means every signed-in user. */
    roles?: readonly Role[]
  }
}

const STAFF: readonly Role[] = ['ADMIN', 'LECTURER', 'COORDINATOR']
const EDITORS: readonly Role[] = ['ADMIN', 'COORDINATOR']

// Every page is its own chunk: a trainee on a slow commune connection downloads only what they open.
export const routes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: () => import('@/pages/LoginPage.vue'), meta: { public: true, bare: true } },
  { path: '/', name: 'home', component: () => import('@/pages/HomePage.vue') },
  { path: '/officials', name: 'officials', component: () => import('@/pages/OfficialsPage.vue'), meta: { roles: STAFF } },
  {
    path: '/officials/new',
    name: 'official-new',
    component: () => import('@/pages/OfficialCreatePage.vue'),
    meta: { roles: EDITORS },
  },
  { path: '/officials/:id', name: 'official', component: () => import('@/pages/OfficialDetailPage.vue'), props: true },
  {
    path: '/officials/:id/edit',
    name: 'official-edit',
    component: () => import('@/pages/OfficialEditPage.vue'),
    props: true,
    meta: { roles: EDITORS },
  },
  { path: '/programs', name: 'programs', component: () => import('@/pages/programs/ProgramsPage.vue') },
  {
    path: '/programs/new',
    name: 'program-new',
    component: () => import('@/pages/programs/ProgramCreatePage.vue'),
    meta: { roles: ['ADMIN'] },
  },
  { path: '/programs/:id', name: 'program', component: () => import('@/pages/programs/ProgramDetailPage.vue'), props: true },
  { path: '/classes', name: 'classes', component: () => import('@/pages/classes/ClassesPage.vue') },
  {
    path: '/classes/new',
    name: 'class-new',
    component: () => import('@/pages/classes/ClassCreatePage.vue'),
    meta: { roles: ['ADMIN'] },
  },
  { path: '/classes/:id', name: 'class', component: () => import('@/pages/classes/ClassDetailPage.vue'), props: true },
  {
    path: '/classes/:id/import',
    name: 'class-import',
    component: () => import('@/pages/classes/ClassImportPage.vue'),
    props: true,
    meta: { roles: ['ADMIN'] },
  },
  // Lớp của tôi: the trainee's classes and their timetables.
  { path: '/my-classes', name: 'my-classes', component: () => import('@/pages/my/MyClassesPage.vue'), meta: { roles: ['TRAINEE'] } },
  // Live class of one session. Not under /live/: that path is proxied to the media service (socket.io).
  { path: '/sessions/:sessionId/live', name: 'live-room', component: () => import('@/pages/live/LiveRoomPage.vue'), props: true },
  {
    path: '/sessions/:sessionId/classroom',
    name: 'live-classroom',
    component: () => import('@/pages/live/ClassroomPage.vue'),
    props: true,
    meta: { roles: ['LECTURER', 'ADMIN'] },
  },
  // Attendance: the classroom's check-in QR, where its scan leads (trainees), and a session's attendance sheet.
  {
    path: '/sessions/:sessionId/checkin-qr',
    name: 'checkin-qr',
    component: () => import('@/pages/attendance/CheckInQrPage.vue'),
    props: true,
    meta: { roles: ['LECTURER', 'ADMIN'] },
  },
  { path: '/checkin', name: 'checkin', component: () => import('@/pages/attendance/CheckInPage.vue'), meta: { roles: ['TRAINEE'] } },
  {
    path: '/sessions/:sessionId/attendance',
    name: 'session-attendance',
    component: () => import('@/pages/attendance/SessionAttendancePage.vue'),
    props: true,
    meta: { roles: STAFF },
  },
  // Đề cử: coordinators nominate their commune's officials (administrators on behalf of a commune).
  { path: '/nominations', name: 'nominations', component: () => import('@/pages/nominations/NominationsPage.vue'), meta: { roles: EDITORS } },
  // Kế hoạch năm: the year's classes against the target band (its chart library loads with this page only).
  { path: '/plan', name: 'plan', component: () => import('@/pages/planning/AnnualPlanPage.vue'), meta: { roles: STAFF } },
  { path: '/forbidden', name: 'forbidden', component: () => import('@/pages/ForbiddenPage.vue') },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('@/pages/NotFoundPage.vue') },
]

/** Only same-site paths are followed after login (no `//evil.example` or absolute URLs). */
export function safeRedirect(value: unknown): string | null {
  const target = Array.isArray(value) ? value[0] : value
  return typeof target === 'string' && target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/login')
    ? target
    : null
}

export function createAppRouter() {
  const router = createRouter({
    history: createWebHistory(),
    routes,
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  })

  router.beforeEach(async (to) => {
    const auth = useAuthStore()
    await auth.ready()
    if (to.meta.public) {
      if (to.name === 'login' && auth.isAuthenticated) return safeRedirect(to.query.redirect) ?? '/'
      return true
    }
    if (!auth.isAuthenticated) return { name: 'login', query: { redirect: to.fullPath } }
    const role = auth.role!
    // A trainee's "directory" is their own record.
    if (to.name === 'officials' && role === 'TRAINEE') {
      const own = auth.user?.official?.id
      return own ? { name: 'official', params: { id: own }, replace: true } : { name: 'forbidden', replace: true }
    }
    if (to.meta.roles && !to.meta.roles.includes(role)) return { name: 'forbidden', replace: true }
    return true
  })

  return router
}
