/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ClassEnrollments($classId: ID!) {\n    classEnrollments(classId: $classId) {\n      id\n      status\n      waitlistPosition\n      official {\n        id\n        fullName\n        communeName\n      }\n    }\n    class(id: $classId) {\n      id\n      capacity\n      enrolledCount\n      waitlistCount\n    }\n  }\n": typeof types.ClassEnrollmentsDocument,
    "\n  query EnrollOfficialSearch($search: String!) {\n    officials(first: 8, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          fullName\n          commune {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.EnrollOfficialSearchDocument,
    "\n  mutation EnrollOfficial($classId: ID!, $officialId: ID!) {\n    enrollOfficial(classId: $classId, officialId: $officialId) {\n      id\n      status\n      waitlistPosition\n    }\n  }\n": typeof types.EnrollOfficialDocument,
    "\n  mutation WithdrawEnrollment($enrollmentId: ID!) {\n    withdrawEnrollment(enrollmentId: $enrollmentId) {\n      withdrawn {\n        id\n        status\n      }\n      promoted {\n        id\n        status\n        official {\n          id\n          fullName\n        }\n      }\n    }\n  }\n": typeof types.WithdrawEnrollmentDocument,
    "\n  query CommuneOptions($provinceId: ID) {\n    communes(provinceId: $provinceId) {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.CommuneOptionsDocument,
    "\n  query OfficialImportErrors($id: ID!) {\n    officialImport(id: $id) {\n      id\n      errors(first: 200) {\n        row\n        column\n        reason\n        message\n        value\n      }\n    }\n  }\n": typeof types.OfficialImportErrorsDocument,
    "\n  query OfficialImportPreview($id: ID!, $offset: Int!, $onlyErrors: Boolean!) {\n    officialImport(id: $id) {\n      id\n      preview(first: 50, offset: $offset, onlyErrors: $onlyErrors) {\n        row\n        fullName\n        dateOfBirth\n        communeName\n        action\n        enrolment\n        errors {\n          column\n          reason\n          message\n        }\n      }\n    }\n  }\n": typeof types.OfficialImportPreviewDocument,
    "\n  query MyClasses {\n    myClasses {\n      status\n      waitlistPosition\n      trainingClass {\n        id\n        code\n        title\n        startDate\n        endDate\n        venue\n      }\n    }\n  }\n": typeof types.MyClassesDocument,
    "\n  fragment OfficialFormFields on Official {\n    id\n    fullName\n    dateOfBirth\n    gender\n    ethnicity\n    email\n    phone\n    bloc\n    position\n    professionalLevel\n    politicalTheoryLevel\n    stateManagementLevel\n    hardshipArea\n    commune {\n      id\n      name\n      province {\n        id\n        name\n      }\n    }\n  }\n": typeof types.OfficialFormFieldsFragmentDoc,
    "\n  fragment OfficialProfile on Official {\n    id\n    fullName\n    dateOfBirth\n    gender\n    ethnicity\n    email\n    phone\n    bloc\n    position\n    professionalLevel\n    politicalTheoryLevel\n    stateManagementLevel\n    hardshipArea\n    active\n    updatedAt\n    commune {\n      id\n      name\n      kind\n      province {\n        id\n        name\n      }\n    }\n  }\n": typeof types.OfficialProfileFragmentDoc,
    "\n  fragment OfficialSummary on Official {\n    id\n    fullName\n    dateOfBirth\n    position\n    bloc\n    professionalLevel\n    politicalTheoryLevel\n    stateManagementLevel\n    commune {\n      id\n      name\n      province {\n        id\n        name\n      }\n    }\n  }\n": typeof types.OfficialSummaryFragmentDoc,
    "\n  fragment OfficialRow on Official {\n    id\n    fullName\n    dateOfBirth\n    gender\n    bloc\n    position\n    professionalLevel\n    politicalTheoryLevel\n    stateManagementLevel\n    hardshipArea\n    active\n    commune {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.OfficialRowFragmentDoc,
    "\n  query ProvinceOptions {\n    provinces {\n      id\n      name\n    }\n  }\n": typeof types.ProvinceOptionsDocument,
    "\n  query ClassAttendance($classId: ID!) {\n    classAttendance(classId: $classId) {\n      classId\n      minPresencePercent\n      sessions {\n        id\n        startsAt\n        topicTitle\n      }\n      rows {\n        official {\n          id\n          fullName\n          communeName\n        }\n        presentCount\n        cells {\n          sessionId\n          minutes\n          percent\n          present\n          inProgress\n          corrected\n        }\n      }\n    }\n  }\n": typeof types.ClassAttendanceDocument,
    "\n  query AdminOverview {\n    provinces {\n      id\n    }\n    communes {\n      id\n    }\n  }\n": typeof types.AdminOverviewDocument,
    "\n  query TraineeHome {\n    me {\n      id\n      official {\n        id\n        ...OfficialSummary\n      }\n    }\n  }\n": typeof types.TraineeHomeDocument,
    "\n  query LiveCheckInCode($sessionId: ID!) {\n    liveCheckInCode(sessionId: $sessionId) {\n      code\n      url\n      expiresAt\n      sessionId\n    }\n  }\n": typeof types.LiveCheckInCodeDocument,
    "\n  fragment LivePollFields on Poll {\n    id\n    sessionId\n    question\n    allowMultiple\n    anonymous\n    status\n    createdByName\n    createdAt\n    closedAt\n    version\n    totalVoters\n    myOptionIds\n    options {\n      id\n      label\n      position\n      votes\n      voters {\n        userId\n        displayName\n      }\n    }\n  }\n": typeof types.LivePollFieldsFragmentDoc,
    "\n  query SessionPolls($sessionId: ID!) {\n    sessionPolls(sessionId: $sessionId) {\n      sessionId\n      canManage\n      canVote\n      polls {\n        ...LivePollFields\n      }\n    }\n  }\n": typeof types.SessionPollsDocument,
    "\n  mutation CreatePoll($input: CreatePollInput!) {\n    createPoll(input: $input) {\n      ...LivePollFields\n    }\n  }\n": typeof types.CreatePollDocument,
    "\n  mutation VotePoll($pollId: ID!, $optionIds: [ID!]!) {\n    votePoll(pollId: $pollId, optionIds: $optionIds) {\n      ...LivePollFields\n    }\n  }\n": typeof types.VotePollDocument,
    "\n  mutation ClosePoll($pollId: ID!) {\n    closePoll(pollId: $pollId) {\n      ...LivePollFields\n    }\n  }\n": typeof types.ClosePollDocument,
    "\n  subscription PollUpdated($sessionId: ID!) {\n    pollUpdated(sessionId: $sessionId) {\n      ...LivePollFields\n    }\n  }\n": typeof types.PollUpdatedDocument,
    "\n  query ClassNominationsAdmin($classId: ID!, $status: NominationStatus) {\n    classNominations(classId: $classId, status: $status) {\n      id\n      status\n      note\n      communeName\n      rejectReason\n      nominatedByName\n      enrollmentStatus\n      waitlistPosition\n      official {\n        id\n        fullName\n      }\n    }\n    nominationQuotas(classId: $classId) {\n      capacity\n      quotaTotal\n      exceedsCapacity\n      communes {\n        communeId\n        communeName\n        quota\n        used\n        left\n      }\n    }\n  }\n": typeof types.ClassNominationsAdminDocument,
    "\n  mutation ApproveNominations($ids: [ID!]!) {\n    approveNominations(nominationIds: $ids) {\n      id\n      status\n      enrollmentStatus\n      waitlistPosition\n    }\n  }\n": typeof types.ApproveNominationsDocument,
    "\n  mutation RejectNominations($ids: [ID!]!, $reason: String!) {\n    rejectNominations(nominationIds: $ids, reason: $reason) {\n      id\n      status\n      rejectReason\n    }\n  }\n": typeof types.RejectNominationsDocument,
    "\n  mutation SetNominationQuotas($classId: ID!, $quotas: [NominationQuotaInput!]!) {\n    setNominationQuotas(classId: $classId, quotas: $quotas) {\n      quotaTotal\n      exceedsCapacity\n    }\n  }\n": typeof types.SetNominationQuotasDocument,
    "\n  mutation JoinLiveSession($sessionId: ID!, $asClassroom: Boolean) {\n    joinLiveSession(sessionId: $sessionId, asClassroom: $asClassroom) {\n      token\n      role\n      expiresAt\n      sessionId\n      displayName\n    }\n  }\n": typeof types.JoinLiveSessionDocument,
    "\n  subscription OfficialChanged {\n    officialChanged {\n      id\n    }\n  }\n": typeof types.OfficialChangedDocument,
    "\n  query OfficialCounts($communeId: ID) {\n    total: officials(first: 1, filter: { communeId: $communeId }) {\n      totalCount\n    }\n    party: officials(first: 1, filter: { communeId: $communeId, bloc: PARTY }) {\n      totalCount\n    }\n    front: officials(first: 1, filter: { communeId: $communeId, bloc: FRONT }) {\n      totalCount\n    }\n    government: officials(first: 1, filter: { communeId: $communeId, bloc: GOVERNMENT }) {\n      totalCount\n    }\n    military: officials(first: 1, filter: { communeId: $communeId, bloc: MILITARY }) {\n      totalCount\n    }\n  }\n": typeof types.OfficialCountsDocument,
    "\n  mutation CreateOfficial($input: CreateOfficialInput!) {\n    createOfficial(input: $input) {\n      id\n      ...OfficialProfile\n    }\n  }\n": typeof types.CreateOfficialDocument,
    "\n  query OfficialDetail($id: ID!) {\n    official(id: $id) {\n      id\n      fullName\n      active\n      commune {\n        id\n      }\n      ...OfficialProfile\n    }\n  }\n": typeof types.OfficialDetailDocument,
    "\n  mutation DeactivateOfficial($id: ID!) {\n    deactivateOfficial(id: $id) {\n      id\n      active\n    }\n  }\n": typeof types.DeactivateOfficialDocument,
    "\n  query OfficialEdit($id: ID!) {\n    official(id: $id) {\n      id\n      fullName\n      commune {\n        id\n      }\n      ...OfficialFormFields\n    }\n  }\n": typeof types.OfficialEditDocument,
    "\n  mutation UpdateOfficial($id: ID!, $input: UpdateOfficialInput!) {\n    updateOfficial(id: $id, input: $input) {\n      id\n      ...OfficialProfile\n    }\n  }\n": typeof types.UpdateOfficialDocument,
    "\n  query OfficialsDirectory($filter: OfficialFilter, $first: Int!, $after: String) {\n    officials(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...OfficialRow\n        }\n      }\n    }\n  }\n": typeof types.OfficialsDirectoryDocument,
    "\n  mutation CheckIn($code: String!) {\n    checkIn(code: $code) {\n      checkedInAt\n      alreadyCheckedIn\n      session {\n        id\n        classCode\n        classTitle\n        topicTitle\n        startsAt\n        endsAt\n        room\n      }\n    }\n  }\n": typeof types.CheckInDocument,
    "\n  query SessionAttendance($sessionId: ID!) {\n    sessionAttendance(sessionId: $sessionId) {\n      sessionMinutes\n      minPresencePercent\n      presentCount\n      inProgressCount\n      session {\n        id\n        classId\n        classCode\n        classTitle\n        topicTitle\n        startsAt\n        endsAt\n        room\n      }\n      rows {\n        official {\n          id\n          fullName\n          communeName\n        }\n        minutes\n        percent\n        present\n        inProgress\n        sources\n        checkedInAt\n        intervals {\n          from\n          to\n          source\n        }\n        correction {\n          id\n          present\n          minutes\n          reason\n          correctedByName\n          createdAt\n        }\n        corrections {\n          id\n          present\n          minutes\n          reason\n          correctedByName\n          createdAt\n        }\n      }\n      staff {\n        userId\n        displayName\n        roles\n        minutes\n        intervals {\n          from\n          to\n          source\n        }\n      }\n    }\n  }\n": typeof types.SessionAttendanceDocument,
    "\n  mutation CorrectAttendance($sessionId: ID!, $officialId: ID!, $present: Boolean!, $reason: String!, $minutes: Int) {\n    correctAttendance(sessionId: $sessionId, officialId: $officialId, present: $present, reason: $reason, minutes: $minutes) {\n      official {\n        id\n      }\n      present\n    }\n  }\n": typeof types.CorrectAttendanceDocument,
    "\n  query ClassPrograms {\n    programs {\n      id\n      code\n      title\n    }\n  }\n": typeof types.ClassProgramsDocument,
    "\n  mutation CreateClass($input: CreateClassInput!) {\n    createClass(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateClassDocument,
    "\n  fragment ClassDetailFields on TrainingClass {\n    id\n    code\n    title\n    startDate\n    endDate\n    dayCount\n    venue\n    deliveryFormat\n    capacity\n    capacityWarning\n    sessionCount\n    program {\n      id\n      code\n      title\n      topics {\n        id\n        title\n        kind\n      }\n    }\n    lecturers {\n      id\n      kind\n      user {\n        id\n        displayName\n      }\n    }\n    sessions {\n      id\n      startsAt\n      endsAt\n      mode\n      room\n      topic {\n        id\n        title\n        kind\n      }\n      lecturer {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ClassDetailFieldsFragmentDoc,
    "\n  query ClassDetail($id: ID!) {\n    class(id: $id) {\n      id\n      ...ClassDetailFields\n    }\n  }\n": typeof types.ClassDetailDocument,
    "\n  query ClassEditorOptions {\n    programs {\n      id\n      code\n      title\n    }\n    lecturers {\n      id\n      displayName\n    }\n  }\n": typeof types.ClassEditorOptionsDocument,
    "\n  mutation UpdateClass($id: ID!, $input: UpdateClassInput!) {\n    updateClass(id: $id, input: $input) {\n      id\n      ...ClassDetailFields\n    }\n  }\n": typeof types.UpdateClassDocument,
    "\n  mutation DeleteClass($id: ID!) {\n    deleteClass(id: $id)\n  }\n": typeof types.DeleteClassDocument,
    "\n  mutation AssignClassLecturer($classId: ID!, $input: ClassLecturerInput!) {\n    assignClassLecturer(classId: $classId, input: $input) {\n      id\n      ...ClassDetailFields\n    }\n  }\n": typeof types.AssignClassLecturerDocument,
    "\n  mutation RemoveClassLecturer($classId: ID!, $userId: ID!) {\n    removeClassLecturer(classId: $classId, userId: $userId) {\n      id\n      ...ClassDetailFields\n    }\n  }\n": typeof types.RemoveClassLecturerDocument,
    "\n  mutation AddClassSession($classId: ID!, $input: ClassSessionInput!) {\n    addClassSession(classId: $classId, input: $input) {\n      id\n      ...ClassDetailFields\n    }\n  }\n": typeof types.AddClassSessionDocument,
    "\n  mutation UpdateClassSession($id: ID!, $input: UpdateClassSessionInput!) {\n    updateClassSession(id: $id, input: $input) {\n      id\n      ...ClassDetailFields\n    }\n  }\n": typeof types.UpdateClassSessionDocument,
    "\n  mutation RemoveClassSession($id: ID!) {\n    removeClassSession(id: $id) {\n      id\n      ...ClassDetailFields\n    }\n  }\n": typeof types.RemoveClassSessionDocument,
    "\n  fragment OfficialImportFields on OfficialImport {\n    id\n    fileName\n    status\n    totalRows\n    processedRows\n    progressPercent\n    toCreate\n    toUpdate\n    unchanged\n    toEnrol\n    toWaitlist\n    alreadyEnrolled\n    errorCount\n    fileError {\n      code\n      message\n    }\n    committedAt\n  }\n": typeof types.OfficialImportFieldsFragmentDoc,
    "\n  query OfficialImportStatus($id: ID!) {\n    officialImport(id: $id) {\n      id\n      ...OfficialImportFields\n    }\n  }\n": typeof types.OfficialImportStatusDocument,
    "\n  mutation CommitOfficialImport($id: ID!) {\n    commitOfficialImport(id: $id) {\n      id\n      ...OfficialImportFields\n    }\n  }\n": typeof types.CommitOfficialImportDocument,
    "\n  query ImportClassHeader($id: ID!) {\n    class(id: $id) {\n      id\n      code\n      title\n      capacity\n      enrolledCount\n      waitlistCount\n    }\n  }\n": typeof types.ImportClassHeaderDocument,
    "\n  query ClassesList($filter: ClassFilterInput) {\n    classes(filter: $filter) {\n      id\n      code\n      title\n      startDate\n      endDate\n      dayCount\n      deliveryFormat\n      capacity\n      capacityWarning\n      program {\n        id\n        code\n      }\n      lecturers {\n        id\n        kind\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.ClassesListDocument,
    "\n  query MyTimetable {\n    myClasses {\n      status\n      waitlistPosition\n      trainingClass {\n        id\n        code\n        title\n        startDate\n        endDate\n        venue\n        deliveryFormat\n        sessions {\n          id\n          startsAt\n          endsAt\n          mode\n          room\n          topic {\n            id\n            title\n            kind\n          }\n          lecturer {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyTimetableDocument,
    "\n  query CommuneNominations($communeId: ID) {\n    myCommuneNominations(communeId: $communeId) {\n      open\n      trainingClass {\n        id\n        code\n        title\n        startDate\n        endDate\n        venue\n        capacity\n      }\n      quota {\n        communeId\n        communeName\n        quota\n        used\n        left\n      }\n      nominations {\n        id\n        status\n        note\n        rejectReason\n        nominatedAt\n        enrollmentStatus\n        waitlistPosition\n        official {\n          id\n          fullName\n        }\n      }\n    }\n  }\n": typeof types.CommuneNominationsDocument,
    "\n  query NominationCandidates($search: String, $communeId: ID) {\n    officials(first: 30, filter: { search: $search, communeId: $communeId }) {\n      totalCount\n      edges {\n        node {\n          id\n          fullName\n          position\n        }\n      }\n    }\n  }\n": typeof types.NominationCandidatesDocument,
    "\n  mutation NominateOfficials($classId: ID!, $officialIds: [ID!]!, $note: String) {\n    nominateOfficials(classId: $classId, officialIds: $officialIds, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.NominateOfficialsDocument,
    "\n  mutation WithdrawNomination($nominationId: ID!) {\n    withdrawNomination(nominationId: $nominationId) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawNominationDocument,
    "\n  query AnnualPlan($year: Int!, $provinceId: ID) {\n    annualPlan(year: $year, provinceId: $provinceId) {\n      year\n      provinceId\n      provinceName\n      communeName\n      targetMin\n      targetMax\n      classCount\n      withinTarget\n      seatsPlanned\n      enrolled\n      waitlisted\n      nominationsPending\n      nominationsApproved\n      activeOfficials\n      notYetTrained\n      coveragePercent\n      months {\n        month\n        classes\n        seats\n      }\n      byBloc {\n        bloc\n        activeOfficials\n        notYetTrained\n      }\n      classes {\n        id\n        code\n        startDate\n        endDate\n        venue\n        capacity\n      }\n    }\n  }\n": typeof types.AnnualPlanDocument,
    "\n  mutation CreateProgram($input: CreateProgramInput!) {\n    createProgram(input: $input) {\n      id\n      code\n    }\n  }\n": typeof types.CreateProgramDocument,
    "\n  fragment ProgramEditorFields on Program {\n    id\n    code\n    title\n    startYear\n    endYear\n    description\n    practiceThresholdPercent\n    targetGroups {\n      code\n      name\n    }\n    topics {\n      id\n      position\n      title\n      kind\n      hours\n      isPractice\n      targetGroupCodes\n    }\n    topicCount\n    totalHours\n    hoursByKind {\n      kind\n      hours\n    }\n    updatedAt\n  }\n": typeof types.ProgramEditorFieldsFragmentDoc,
    "\n  query ProgramDetail($id: ID!) {\n    program(id: $id) {\n      id\n      ...ProgramEditorFields\n    }\n  }\n": typeof types.ProgramDetailDocument,
    "\n  mutation UpdateProgram($id: ID!, $input: UpdateProgramInput!) {\n    updateProgram(id: $id, input: $input) {\n      id\n      ...ProgramEditorFields\n    }\n  }\n": typeof types.UpdateProgramDocument,
    "\n  mutation DeleteProgram($id: ID!) {\n    deleteProgram(id: $id)\n  }\n": typeof types.DeleteProgramDocument,
    "\n  mutation AddProgramTopic($programId: ID!, $input: ProgramTopicInput!) {\n    addProgramTopic(programId: $programId, input: $input) {\n      id\n      ...ProgramEditorFields\n    }\n  }\n": typeof types.AddProgramTopicDocument,
    "\n  mutation UpdateProgramTopic($id: ID!, $input: UpdateProgramTopicInput!) {\n    updateProgramTopic(id: $id, input: $input) {\n      id\n      ...ProgramEditorFields\n    }\n  }\n": typeof types.UpdateProgramTopicDocument,
    "\n  mutation RemoveProgramTopic($id: ID!) {\n    removeProgramTopic(id: $id) {\n      id\n      ...ProgramEditorFields\n    }\n  }\n": typeof types.RemoveProgramTopicDocument,
    "\n  mutation ReorderProgramTopics($programId: ID!, $topicIds: [ID!]!) {\n    reorderProgramTopics(programId: $programId, topicIds: $topicIds) {\n      id\n      ...ProgramEditorFields\n    }\n  }\n": typeof types.ReorderProgramTopicsDocument,
    "\n  query ProgramsList {\n    programs {\n      id\n      code\n      title\n      startYear\n      endYear\n      topicCount\n      totalHours\n      practicePercent\n      practiceWarning\n      practiceThresholdPercent\n    }\n  }\n": typeof types.ProgramsListDocument,
    "\n  fragment CurrentUser on User {\n    id\n    email\n    role\n    displayName\n    commune {\n      id\n      name\n      kind\n      province {\n        id\n        name\n      }\n    }\n    official {\n      id\n      fullName\n    }\n  }\n": typeof types.CurrentUserFragmentDoc,
    "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      ...CurrentUser\n    }\n  }\n": typeof types.AuthPayloadFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation RefreshToken($input: RefreshTokenInput!) {\n    refreshToken(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.RefreshTokenDocument,
    "\n  mutation Logout($input: LogoutInput) {\n    logout(input: $input)\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n": typeof types.MeDocument,
};
const documents: Documents = {
    "\n  query ClassEnrollments($classId: ID!) {\n    classEnrollments(classId: $classId) {\n      id\n      status\n      waitlistPosition\n      official {\n        id\n        fullName\n        communeName\n      }\n    }\n    class(id: $classId) {\n      id\n      capacity\n      enrolledCount\n      waitlistCount\n    }\n  }\n": types.ClassEnrollmentsDocument,
    "\n  query EnrollOfficialSearch($search: String!) {\n    officials(first: 8, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          fullName\n          commune {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.EnrollOfficialSearchDocument,
    "\n  mutation EnrollOfficial($classId: ID!, $officialId: ID!) {\n    enrollOfficial(classId: $classId, officialId: $officialId) {\n      id\n      status\n      waitlistPosition\n    }\n  }\n": types.EnrollOfficialDocument,
    "\n  mutation WithdrawEnrollment($enrollmentId: ID!) {\n    withdrawEnrollment(enrollmentId: $enrollmentId) {\n      withdrawn {\n        id\n        status\n      }\n      promoted {\n        id\n        status\n        official {\n          id\n          fullName\n        }\n      }\n    }\n  }\n": types.WithdrawEnrollmentDocument,
    "\n  query CommuneOptions($provinceId: ID) {\n    communes(provinceId: $provinceId) {\n      id\n      name\n      kind\n    }\n  }\n": types.CommuneOptionsDocument,
    "\n  query OfficialImportErrors($id: ID!) {\n    officialImport(id: $id) {\n      id\n      errors(first: 200) {\n        row\n        column\n        reason\n        message\n        value\n      }\n    }\n  }\n": types.OfficialImportErrorsDocument,
    "\n  query OfficialImportPreview($id: ID!, $offset: Int!, $onlyErrors: Boolean!) {\n    officialImport(id: $id) {\n      id\n      preview(first: 50, offset: $offset, onlyErrors: $onlyErrors) {\n        row\n        fullName\n        dateOfBirth\n        communeName\n        action\n        enrolment\n        errors {\n          column\n          reason\n          message\n        }\n      }\n    }\n  }\n": types.OfficialImportPreviewDocument,
    "\n  query MyClasses {\n    myClasses {\n      status\n      waitlistPosition\n      trainingClass {\n        id\n        code\n        title\n        startDate\n        endDate\n        venue\n      }\n    }\n  }\n": types.MyClassesDocument,
    "\n  fragment OfficialFormFields on Official {\n    id\n    fullName\n    dateOfBirth\n    gender\n    ethnicity\n    email\n    phone\n    bloc\n    position\n    professionalLevel\n    politicalTheoryLevel\n    stateManagementLevel\n    hardshipArea\n    commune {\n      id\n      name\n      province {\n        id\n        name\n      }\n    }\n  }\n": types.OfficialFormFieldsFragmentDoc,
    "\n  fragment OfficialProfile on Official {\n    id\n    fullName\n    dateOfBirth\n    gender\n    ethnicity\n    email\n    phone\n    bloc\n    position\n    professionalLevel\n    politicalTheoryLevel\n    stateManagementLevel\n    hardshipArea\n    active\n    updatedAt\n    commune {\n      id\n      name\n      kind\n      province {\n        id\n        name\n      }\n    }\n  }\n": types.OfficialProfileFragmentDoc,
    "\n  fragment OfficialSummary on Official {\n    id\n    fullName\n    dateOfBirth\n    position\n    bloc\n    professionalLevel\n    politicalTheoryLevel\n    stateManagementLevel\n    commune {\n      id\n      name\n      province {\n        id\n        name\n      }\n    }\n  }\n": types.OfficialSummaryFragmentDoc,
    "\n  fragment OfficialRow on Official {\n    id\n    fullName\n    dateOfBirth\n    gender\n    bloc\n    position\n    professionalLevel\n    politicalTheoryLevel\n    stateManagementLevel\n    hardshipArea\n    active\n    commune {\n      id\n      name\n      kind\n    }\n  }\n": types.OfficialRowFragmentDoc,
    "\n  query ProvinceOptions {\n    provinces {\n      id\n      name\n    }\n  }\n": types.ProvinceOptionsDocument,
    "\n  query ClassAttendance($classId: ID!) {\n    classAttendance(classId: $classId) {\n      classId\n      minPresencePercent\n      sessions {\n        id\n        startsAt\n        topicTitle\n      }\n      rows {\n        official {\n          id\n          fullName\n          communeName\n        }\n        presentCount\n        cells {\n          sessionId\n          minutes\n          percent\n          present\n          inProgress\n          corrected\n        }\n      }\n    }\n  }\n": types.ClassAttendanceDocument,
    "\n  query AdminOverview {\n    provinces {\n      id\n    }\n    communes {\n      id\n    }\n  }\n": types.AdminOverviewDocument,
    "\n  query TraineeHome {\n    me {\n      id\n      official {\n        id\n        ...OfficialSummary\n      }\n    }\n  }\n": types.TraineeHomeDocument,
    "\n  query LiveCheckInCode($sessionId: ID!) {\n    liveCheckInCode(sessionId: $sessionId) {\n      code\n      url\n      expiresAt\n      sessionId\n    }\n  }\n": types.LiveCheckInCodeDocument,
    "\n  fragment LivePollFields on Poll {\n    id\n    sessionId\n    question\n    allowMultiple\n    anonymous\n    status\n    createdByName\n    createdAt\n    closedAt\n    version\n    totalVoters\n    myOptionIds\n    options {\n      id\n      label\n      position\n      votes\n      voters {\n        userId\n        displayName\n      }\n    }\n  }\n": types.LivePollFieldsFragmentDoc,
    "\n  query SessionPolls($sessionId: ID!) {\n    sessionPolls(sessionId: $sessionId) {\n      sessionId\n      canManage\n      canVote\n      polls {\n        ...LivePollFields\n      }\n    }\n  }\n": types.SessionPollsDocument,
    "\n  mutation CreatePoll($input: CreatePollInput!) {\n    createPoll(input: $input) {\n      ...LivePollFields\n    }\n  }\n": types.CreatePollDocument,
    "\n  mutation VotePoll($pollId: ID!, $optionIds: [ID!]!) {\n    votePoll(pollId: $pollId, optionIds: $optionIds) {\n      ...LivePollFields\n    }\n  }\n": types.VotePollDocument,
    "\n  mutation ClosePoll($pollId: ID!) {\n    closePoll(pollId: $pollId) {\n      ...LivePollFields\n    }\n  }\n": types.ClosePollDocument,
    "\n  subscription PollUpdated($sessionId: ID!) {\n    pollUpdated(sessionId: $sessionId) {\n      ...LivePollFields\n    }\n  }\n": types.PollUpdatedDocument,
    "\n  query ClassNominationsAdmin($classId: ID!, $status: NominationStatus) {\n    classNominations(classId: $classId, status: $status) {\n      id\n      status\n      note\n      communeName\n      rejectReason\n      nominatedByName\n      enrollmentStatus\n      waitlistPosition\n      official {\n        id\n        fullName\n      }\n    }\n    nominationQuotas(classId: $classId) {\n      capacity\n      quotaTotal\n      exceedsCapacity\n      communes {\n        communeId\n        communeName\n        quota\n        used\n        left\n      }\n    }\n  }\n": types.ClassNominationsAdminDocument,
    "\n  mutation ApproveNominations($ids: [ID!]!) {\n    approveNominations(nominationIds: $ids) {\n      id\n      status\n      enrollmentStatus\n      waitlistPosition\n    }\n  }\n": types.ApproveNominationsDocument,
    "\n  mutation RejectNominations($ids: [ID!]!, $reason: String!) {\n    rejectNominations(nominationIds: $ids, reason: $reason) {\n      id\n      status\n      rejectReason\n    }\n  }\n": types.RejectNominationsDocument,
    "\n  mutation SetNominationQuotas($classId: ID!, $quotas: [NominationQuotaInput!]!) {\n    setNominationQuotas(classId: $classId, quotas: $quotas) {\n      quotaTotal\n      exceedsCapacity\n    }\n  }\n": types.SetNominationQuotasDocument,
    "\n  mutation JoinLiveSession($sessionId: ID!, $asClassroom: Boolean) {\n    joinLiveSession(sessionId: $sessionId, asClassroom: $asClassroom) {\n      token\n      role\n      expiresAt\n      sessionId\n      displayName\n    }\n  }\n": types.JoinLiveSessionDocument,
    "\n  subscription OfficialChanged {\n    officialChanged {\n      id\n    }\n  }\n": types.OfficialChangedDocument,
    "\n  query OfficialCounts($communeId: ID) {\n    total: officials(first: 1, filter: { communeId: $communeId }) {\n      totalCount\n    }\n    party: officials(first: 1, filter: { communeId: $communeId, bloc: PARTY }) {\n      totalCount\n    }\n    front: officials(first: 1, filter: { communeId: $communeId, bloc: FRONT }) {\n      totalCount\n    }\n    government: officials(first: 1, filter: { communeId: $communeId, bloc: GOVERNMENT }) {\n      totalCount\n    }\n    military: officials(first: 1, filter: { communeId: $communeId, bloc: MILITARY }) {\n      totalCount\n    }\n  }\n": types.OfficialCountsDocument,
    "\n  mutation CreateOfficial($input: CreateOfficialInput!) {\n    createOfficial(input: $input) {\n      id\n      ...OfficialProfile\n    }\n  }\n": types.CreateOfficialDocument,
    "\n  query OfficialDetail($id: ID!) {\n    official(id: $id) {\n      id\n      fullName\n      active\n      commune {\n        id\n      }\n      ...OfficialProfile\n    }\n  }\n": types.OfficialDetailDocument,
    "\n  mutation DeactivateOfficial($id: ID!) {\n    deactivateOfficial(id: $id) {\n      id\n      active\n    }\n  }\n": types.DeactivateOfficialDocument,
    "\n  query OfficialEdit($id: ID!) {\n    official(id: $id) {\n      id\n      fullName\n      commune {\n        id\n      }\n      ...OfficialFormFields\n    }\n  }\n": types.OfficialEditDocument,
    "\n  mutation UpdateOfficial($id: ID!, $input: UpdateOfficialInput!) {\n    updateOfficial(id: $id, input: $input) {\n      id\n      ...OfficialProfile\n    }\n  }\n": types.UpdateOfficialDocument,
    "\n  query OfficialsDirectory($filter: OfficialFilter, $first: Int!, $after: String) {\n    officials(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...OfficialRow\n        }\n      }\n    }\n  }\n": types.OfficialsDirectoryDocument,
    "\n  mutation CheckIn($code: String!) {\n    checkIn(code: $code) {\n      checkedInAt\n      alreadyCheckedIn\n      session {\n        id\n        classCode\n        classTitle\n        topicTitle\n        startsAt\n        endsAt\n        room\n      }\n    }\n  }\n": types.CheckInDocument,
    "\n  query SessionAttendance($sessionId: ID!) {\n    sessionAttendance(sessionId: $sessionId) {\n      sessionMinutes\n      minPresencePercent\n      presentCount\n      inProgressCount\n      session {\n        id\n        classId\n        classCode\n        classTitle\n        topicTitle\n        startsAt\n        endsAt\n        room\n      }\n      rows {\n        official {\n          id\n          fullName\n          communeName\n        }\n        minutes\n        percent\n        present\n        inProgress\n        sources\n        checkedInAt\n        intervals {\n          from\n          to\n          source\n        }\n        correction {\n          id\n          present\n          minutes\n          reason\n          correctedByName\n          createdAt\n        }\n        corrections {\n          id\n          present\n          minutes\n          reason\n          correctedByName\n          createdAt\n        }\n      }\n      staff {\n        userId\n        displayName\n        roles\n        minutes\n        intervals {\n          from\n          to\n          source\n        }\n      }\n    }\n  }\n": types.SessionAttendanceDocument,
    "\n  mutation CorrectAttendance($sessionId: ID!, $officialId: ID!, $present: Boolean!, $reason: String!, $minutes: Int) {\n    correctAttendance(sessionId: $sessionId, officialId: $officialId, present: $present, reason: $reason, minutes: $minutes) {\n      official {\n        id\n      }\n      present\n    }\n  }\n": types.CorrectAttendanceDocument,
    "\n  query ClassPrograms {\n    programs {\n      id\n      code\n      title\n    }\n  }\n": types.ClassProgramsDocument,
    "\n  mutation CreateClass($input: CreateClassInput!) {\n    createClass(input: $input) {\n      id\n    }\n  }\n": types.CreateClassDocument,
    "\n  fragment ClassDetailFields on TrainingClass {\n    id\n    code\n    title\n    startDate\n    endDate\n    dayCount\n    venue\n    deliveryFormat\n    capacity\n    capacityWarning\n    sessionCount\n    program {\n      id\n      code\n      title\n      topics {\n        id\n        title\n        kind\n      }\n    }\n    lecturers {\n      id\n      kind\n      user {\n        id\n        displayName\n      }\n    }\n    sessions {\n      id\n      startsAt\n      endsAt\n      mode\n      room\n      topic {\n        id\n        title\n        kind\n      }\n      lecturer {\n        id\n        displayName\n      }\n    }\n  }\n": types.ClassDetailFieldsFragmentDoc,
    "\n  query ClassDetail($id: ID!) {\n    class(id: $id) {\n      id\n      ...ClassDetailFields\n    }\n  }\n": types.ClassDetailDocument,
    "\n  query ClassEditorOptions {\n    programs {\n      id\n      code\n      title\n    }\n    lecturers {\n      id\n      displayName\n    }\n  }\n": types.ClassEditorOptionsDocument,
    "\n  mutation UpdateClass($id: ID!, $input: UpdateClassInput!) {\n    updateClass(id: $id, input: $input) {\n      id\n      ...ClassDetailFields\n    }\n  }\n": types.UpdateClassDocument,
    "\n  mutation DeleteClass($id: ID!) {\n    deleteClass(id: $id)\n  }\n": types.DeleteClassDocument,
    "\n  mutation AssignClassLecturer($classId: ID!, $input: ClassLecturerInput!) {\n    assignClassLecturer(classId: $classId, input: $input) {\n      id\n      ...ClassDetailFields\n    }\n  }\n": types.AssignClassLecturerDocument,
    "\n  mutation RemoveClassLecturer($classId: ID!, $userId: ID!) {\n    removeClassLecturer(classId: $classId, userId: $userId) {\n      id\n      ...ClassDetailFields\n    }\n  }\n": types.RemoveClassLecturerDocument,
    "\n  mutation AddClassSession($classId: ID!, $input: ClassSessionInput!) {\n    addClassSession(classId: $classId, input: $input) {\n      id\n      ...ClassDetailFields\n    }\n  }\n": types.AddClassSessionDocument,
    "\n  mutation UpdateClassSession($id: ID!, $input: UpdateClassSessionInput!) {\n    updateClassSession(id: $id, input: $input) {\n      id\n      ...ClassDetailFields\n    }\n  }\n": types.UpdateClassSessionDocument,
    "\n  mutation RemoveClassSession($id: ID!) {\n    removeClassSession(id: $id) {\n      id\n      ...ClassDetailFields\n    }\n  }\n": types.RemoveClassSessionDocument,
    "\n  fragment OfficialImportFields on OfficialImport {\n    id\n    fileName\n    status\n    totalRows\n    processedRows\n    progressPercent\n    toCreate\n    toUpdate\n    unchanged\n    toEnrol\n    toWaitlist\n    alreadyEnrolled\n    errorCount\n    fileError {\n      code\n      message\n    }\n    committedAt\n  }\n": types.OfficialImportFieldsFragmentDoc,
    "\n  query OfficialImportStatus($id: ID!) {\n    officialImport(id: $id) {\n      id\n      ...OfficialImportFields\n    }\n  }\n": types.OfficialImportStatusDocument,
    "\n  mutation CommitOfficialImport($id: ID!) {\n    commitOfficialImport(id: $id) {\n      id\n      ...OfficialImportFields\n    }\n  }\n": types.CommitOfficialImportDocument,
    "\n  query ImportClassHeader($id: ID!) {\n    class(id: $id) {\n      id\n      code\n      title\n      capacity\n      enrolledCount\n      waitlistCount\n    }\n  }\n": types.ImportClassHeaderDocument,
    "\n  query ClassesList($filter: ClassFilterInput) {\n    classes(filter: $filter) {\n      id\n      code\n      title\n      startDate\n      endDate\n      dayCount\n      deliveryFormat\n      capacity\n      capacityWarning\n      program {\n        id\n        code\n      }\n      lecturers {\n        id\n        kind\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.ClassesListDocument,
    "\n  query MyTimetable {\n    myClasses {\n      status\n      waitlistPosition\n      trainingClass {\n        id\n        code\n        title\n        startDate\n        endDate\n        venue\n        deliveryFormat\n        sessions {\n          id\n          startsAt\n          endsAt\n          mode\n          room\n          topic {\n            id\n            title\n            kind\n          }\n          lecturer {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.MyTimetableDocument,
    "\n  query CommuneNominations($communeId: ID) {\n    myCommuneNominations(communeId: $communeId) {\n      open\n      trainingClass {\n        id\n        code\n        title\n        startDate\n        endDate\n        venue\n        capacity\n      }\n      quota {\n        communeId\n        communeName\n        quota\n        used\n        left\n      }\n      nominations {\n        id\n        status\n        note\n        rejectReason\n        nominatedAt\n        enrollmentStatus\n        waitlistPosition\n        official {\n          id\n          fullName\n        }\n      }\n    }\n  }\n": types.CommuneNominationsDocument,
    "\n  query NominationCandidates($search: String, $communeId: ID) {\n    officials(first: 30, filter: { search: $search, communeId: $communeId }) {\n      totalCount\n      edges {\n        node {\n          id\n          fullName\n          position\n        }\n      }\n    }\n  }\n": types.NominationCandidatesDocument,
    "\n  mutation NominateOfficials($classId: ID!, $officialIds: [ID!]!, $note: String) {\n    nominateOfficials(classId: $classId, officialIds: $officialIds, note: $note) {\n      id\n      status\n    }\n  }\n": types.NominateOfficialsDocument,
    "\n  mutation WithdrawNomination($nominationId: ID!) {\n    withdrawNomination(nominationId: $nominationId) {\n      id\n      status\n    }\n  }\n": types.WithdrawNominationDocument,
    "\n  query AnnualPlan($year: Int!, $provinceId: ID) {\n    annualPlan(year: $year, provinceId: $provinceId) {\n      year\n      provinceId\n      provinceName\n      communeName\n      targetMin\n      targetMax\n      classCount\n      withinTarget\n      seatsPlanned\n      enrolled\n      waitlisted\n      nominationsPending\n      nominationsApproved\n      activeOfficials\n      notYetTrained\n      coveragePercent\n      months {\n        month\n        classes\n        seats\n      }\n      byBloc {\n        bloc\n        activeOfficials\n        notYetTrained\n      }\n      classes {\n        id\n        code\n        startDate\n        endDate\n        venue\n        capacity\n      }\n    }\n  }\n": types.AnnualPlanDocument,
    "\n  mutation CreateProgram($input: CreateProgramInput!) {\n    createProgram(input: $input) {\n      id\n      code\n    }\n  }\n": types.CreateProgramDocument,
    "\n  fragment ProgramEditorFields on Program {\n    id\n    code\n    title\n    startYear\n    endYear\n    description\n    practiceThresholdPercent\n    targetGroups {\n      code\n      name\n    }\n    topics {\n      id\n      position\n      title\n      kind\n      hours\n      isPractice\n      targetGroupCodes\n    }\n    topicCount\n    totalHours\n    hoursByKind {\n      kind\n      hours\n    }\n    updatedAt\n  }\n": types.ProgramEditorFieldsFragmentDoc,
    "\n  query ProgramDetail($id: ID!) {\n    program(id: $id) {\n      id\n      ...ProgramEditorFields\n    }\n  }\n": types.ProgramDetailDocument,
    "\n  mutation UpdateProgram($id: ID!, $input: UpdateProgramInput!) {\n    updateProgram(id: $id, input: $input) {\n      id\n      ...ProgramEditorFields\n    }\n  }\n": types.UpdateProgramDocument,
    "\n  mutation DeleteProgram($id: ID!) {\n    deleteProgram(id: $id)\n  }\n": types.DeleteProgramDocument,
    "\n  mutation AddProgramTopic($programId: ID!, $input: ProgramTopicInput!) {\n    addProgramTopic(programId: $programId, input: $input) {\n      id\n      ...ProgramEditorFields\n    }\n  }\n": types.AddProgramTopicDocument,
    "\n  mutation UpdateProgramTopic($id: ID!, $input: UpdateProgramTopicInput!) {\n    updateProgramTopic(id: $id, input: $input) {\n      id\n      ...ProgramEditorFields\n    }\n  }\n": types.UpdateProgramTopicDocument,
    "\n  mutation RemoveProgramTopic($id: ID!) {\n    removeProgramTopic(id: $id) {\n      id\n      ...ProgramEditorFields\n    }\n  }\n": types.RemoveProgramTopicDocument,
    "\n  mutation ReorderProgramTopics($programId: ID!, $topicIds: [ID!]!) {\n    reorderProgramTopics(programId: $programId, topicIds: $topicIds) {\n      id\n      ...ProgramEditorFields\n    }\n  }\n": types.ReorderProgramTopicsDocument,
    "\n  query ProgramsList {\n    programs {\n      id\n      code\n      title\n      startYear\n      endYear\n      topicCount\n      totalHours\n      practicePercent\n      practiceWarning\n      practiceThresholdPercent\n    }\n  }\n": types.ProgramsListDocument,
    "\n  fragment CurrentUser on User {\n    id\n    email\n    role\n    displayName\n    commune {\n      id\n      name\n      kind\n      province {\n        id\n        name\n      }\n    }\n    official {\n      id\n      fullName\n    }\n  }\n": types.CurrentUserFragmentDoc,
    "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      ...CurrentUser\n    }\n  }\n": types.AuthPayloadFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation RefreshToken($input: RefreshTokenInput!) {\n    refreshToken(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.RefreshTokenDocument,
    "\n  mutation Logout($input: LogoutInput) {\n    logout(input: $input)\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n": types.MeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClassEnrollments($classId: ID!) {\n    classEnrollments(classId: $classId) {\n      id\n      status\n      waitlistPosition\n      official {\n        id\n        fullName\n        communeName\n      }\n    }\n    class(id: $classId) {\n      id\n      capacity\n      enrolledCount\n      waitlistCount\n    }\n  }\n"): (typeof documents)["\n  query ClassEnrollments($classId: ID!) {\n    classEnrollments(classId: $classId) {\n      id\n      status\n      waitlistPosition\n      official {\n        id\n        fullName\n        communeName\n      }\n    }\n    class(id: $classId) {\n      id\n      capacity\n      enrolledCount\n      waitlistCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnrollOfficialSearch($search: String!) {\n    officials(first: 8, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          fullName\n          commune {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EnrollOfficialSearch($search: String!) {\n    officials(first: 8, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          fullName\n          commune {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrollOfficial($classId: ID!, $officialId: ID!) {\n    enrollOfficial(classId: $classId, officialId: $officialId) {\n      id\n      status\n      waitlistPosition\n    }\n  }\n"): (typeof documents)["\n  mutation EnrollOfficial($classId: ID!, $officialId: ID!) {\n    enrollOfficial(classId: $classId, officialId: $officialId) {\n      id\n      status\n      waitlistPosition\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawEnrollment($enrollmentId: ID!) {\n    withdrawEnrollment(enrollmentId: $enrollmentId) {\n      withdrawn {\n        id\n        status\n      }\n      promoted {\n        id\n        status\n        official {\n          id\n          fullName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawEnrollment($enrollmentId: ID!) {\n    withdrawEnrollment(enrollmentId: $enrollmentId) {\n      withdrawn {\n        id\n        status\n      }\n      promoted {\n        id\n        status\n        official {\n          id\n          fullName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommuneOptions($provinceId: ID) {\n    communes(provinceId: $provinceId) {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query CommuneOptions($provinceId: ID) {\n    communes(provinceId: $provinceId) {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficialImportErrors($id: ID!) {\n    officialImport(id: $id) {\n      id\n      errors(first: 200) {\n        row\n        column\n        reason\n        message\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfficialImportErrors($id: ID!) {\n    officialImport(id: $id) {\n      id\n      errors(first: 200) {\n        row\n        column\n        reason\n        message\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficialImportPreview($id: ID!, $offset: Int!, $onlyErrors: Boolean!) {\n    officialImport(id: $id) {\n      id\n      preview(first: 50, offset: $offset, onlyErrors: $onlyErrors) {\n        row\n        fullName\n        dateOfBirth\n        communeName\n        action\n        enrolment\n        errors {\n          column\n          reason\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfficialImportPreview($id: ID!, $offset: Int!, $onlyErrors: Boolean!) {\n    officialImport(id: $id) {\n      id\n      preview(first: 50, offset: $offset, onlyErrors: $onlyErrors) {\n        row\n        fullName\n        dateOfBirth\n        communeName\n        action\n        enrolment\n        errors {\n          column\n          reason\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyClasses {\n    myClasses {\n      status\n      waitlistPosition\n      trainingClass {\n        id\n        code\n        title\n        startDate\n        endDate\n        venue\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyClasses {\n    myClasses {\n      status\n      waitlistPosition\n      trainingClass {\n        id\n        code\n        title\n        startDate\n        endDate\n        venue\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfficialFormFields on Official {\n    id\n    fullName\n    dateOfBirth\n    gender\n    ethnicity\n    email\n    phone\n    bloc\n    position\n    professionalLevel\n    politicalTheoryLevel\n    stateManagementLevel\n    hardshipArea\n    commune {\n      id\n      name\n      province {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment OfficialFormFields on Official {\n    id\n    fullName\n    dateOfBirth\n    gender\n    ethnicity\n    email\n    phone\n    bloc\n    position\n    professionalLevel\n    politicalTheoryLevel\n    stateManagementLevel\n    hardshipArea\n    commune {\n      id\n      name\n      province {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfficialProfile on Official {\n    id\n    fullName\n    dateOfBirth\n    gender\n    ethnicity\n    email\n    phone\n    bloc\n    position\n    professionalLevel\n    politicalTheoryLevel\n    stateManagementLevel\n    hardshipArea\n    active\n    updatedAt\n    commune {\n      id\n      name\n      kind\n      province {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment OfficialProfile on Official {\n    id\n    fullName\n    dateOfBirth\n    gender\n    ethnicity\n    email\n    phone\n    bloc\n    position\n    professionalLevel\n    politicalTheoryLevel\n    stateManagementLevel\n    hardshipArea\n    active\n    updatedAt\n    commune {\n      id\n      name\n      kind\n      province {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfficialSummary on Official {\n    id\n    fullName\n    dateOfBirth\n    position\n    bloc\n    professionalLevel\n    politicalTheoryLevel\n    stateManagementLevel\n    commune {\n      id\n      name\n      province {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment OfficialSummary on Official {\n    id\n    fullName\n    dateOfBirth\n    position\n    bloc\n    professionalLevel\n    politicalTheoryLevel\n    stateManagementLevel\n    commune {\n      id\n      name\n      province {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfficialRow on Official {\n    id\n    fullName\n    dateOfBirth\n    gender\n    bloc\n    position\n    professionalLevel\n    politicalTheoryLevel\n    stateManagementLevel\n    hardshipArea\n    active\n    commune {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment OfficialRow on Official {\n    id\n    fullName\n    dateOfBirth\n    gender\n    bloc\n    position\n    professionalLevel\n    politicalTheoryLevel\n    stateManagementLevel\n    hardshipArea\n    active\n    commune {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvinceOptions {\n    provinces {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ProvinceOptions {\n    provinces {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClassAttendance($classId: ID!) {\n    classAttendance(classId: $classId) {\n      classId\n      minPresencePercent\n      sessions {\n        id\n        startsAt\n        topicTitle\n      }\n      rows {\n        official {\n          id\n          fullName\n          communeName\n        }\n        presentCount\n        cells {\n          sessionId\n          minutes\n          percent\n          present\n          inProgress\n          corrected\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClassAttendance($classId: ID!) {\n    classAttendance(classId: $classId) {\n      classId\n      minPresencePercent\n      sessions {\n        id\n        startsAt\n        topicTitle\n      }\n      rows {\n        official {\n          id\n          fullName\n          communeName\n        }\n        presentCount\n        cells {\n          sessionId\n          minutes\n          percent\n          present\n          inProgress\n          corrected\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOverview {\n    provinces {\n      id\n    }\n    communes {\n      id\n    }\n  }\n"): (typeof documents)["\n  query AdminOverview {\n    provinces {\n      id\n    }\n    communes {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TraineeHome {\n    me {\n      id\n      official {\n        id\n        ...OfficialSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query TraineeHome {\n    me {\n      id\n      official {\n        id\n        ...OfficialSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveCheckInCode($sessionId: ID!) {\n    liveCheckInCode(sessionId: $sessionId) {\n      code\n      url\n      expiresAt\n      sessionId\n    }\n  }\n"): (typeof documents)["\n  query LiveCheckInCode($sessionId: ID!) {\n    liveCheckInCode(sessionId: $sessionId) {\n      code\n      url\n      expiresAt\n      sessionId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LivePollFields on Poll {\n    id\n    sessionId\n    question\n    allowMultiple\n    anonymous\n    status\n    createdByName\n    createdAt\n    closedAt\n    version\n    totalVoters\n    myOptionIds\n    options {\n      id\n      label\n      position\n      votes\n      voters {\n        userId\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment LivePollFields on Poll {\n    id\n    sessionId\n    question\n    allowMultiple\n    anonymous\n    status\n    createdByName\n    createdAt\n    closedAt\n    version\n    totalVoters\n    myOptionIds\n    options {\n      id\n      label\n      position\n      votes\n      voters {\n        userId\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionPolls($sessionId: ID!) {\n    sessionPolls(sessionId: $sessionId) {\n      sessionId\n      canManage\n      canVote\n      polls {\n        ...LivePollFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SessionPolls($sessionId: ID!) {\n    sessionPolls(sessionId: $sessionId) {\n      sessionId\n      canManage\n      canVote\n      polls {\n        ...LivePollFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePoll($input: CreatePollInput!) {\n    createPoll(input: $input) {\n      ...LivePollFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePoll($input: CreatePollInput!) {\n    createPoll(input: $input) {\n      ...LivePollFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VotePoll($pollId: ID!, $optionIds: [ID!]!) {\n    votePoll(pollId: $pollId, optionIds: $optionIds) {\n      ...LivePollFields\n    }\n  }\n"): (typeof documents)["\n  mutation VotePoll($pollId: ID!, $optionIds: [ID!]!) {\n    votePoll(pollId: $pollId, optionIds: $optionIds) {\n      ...LivePollFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClosePoll($pollId: ID!) {\n    closePoll(pollId: $pollId) {\n      ...LivePollFields\n    }\n  }\n"): (typeof documents)["\n  mutation ClosePoll($pollId: ID!) {\n    closePoll(pollId: $pollId) {\n      ...LivePollFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PollUpdated($sessionId: ID!) {\n    pollUpdated(sessionId: $sessionId) {\n      ...LivePollFields\n    }\n  }\n"): (typeof documents)["\n  subscription PollUpdated($sessionId: ID!) {\n    pollUpdated(sessionId: $sessionId) {\n      ...LivePollFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClassNominationsAdmin($classId: ID!, $status: NominationStatus) {\n    classNominations(classId: $classId, status: $status) {\n      id\n      status\n      note\n      communeName\n      rejectReason\n      nominatedByName\n      enrollmentStatus\n      waitlistPosition\n      official {\n        id\n        fullName\n      }\n    }\n    nominationQuotas(classId: $classId) {\n      capacity\n      quotaTotal\n      exceedsCapacity\n      communes {\n        communeId\n        communeName\n        quota\n        used\n        left\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClassNominationsAdmin($classId: ID!, $status: NominationStatus) {\n    classNominations(classId: $classId, status: $status) {\n      id\n      status\n      note\n      communeName\n      rejectReason\n      nominatedByName\n      enrollmentStatus\n      waitlistPosition\n      official {\n        id\n        fullName\n      }\n    }\n    nominationQuotas(classId: $classId) {\n      capacity\n      quotaTotal\n      exceedsCapacity\n      communes {\n        communeId\n        communeName\n        quota\n        used\n        left\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveNominations($ids: [ID!]!) {\n    approveNominations(nominationIds: $ids) {\n      id\n      status\n      enrollmentStatus\n      waitlistPosition\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveNominations($ids: [ID!]!) {\n    approveNominations(nominationIds: $ids) {\n      id\n      status\n      enrollmentStatus\n      waitlistPosition\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectNominations($ids: [ID!]!, $reason: String!) {\n    rejectNominations(nominationIds: $ids, reason: $reason) {\n      id\n      status\n      rejectReason\n    }\n  }\n"): (typeof documents)["\n  mutation RejectNominations($ids: [ID!]!, $reason: String!) {\n    rejectNominations(nominationIds: $ids, reason: $reason) {\n      id\n      status\n      rejectReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNominationQuotas($classId: ID!, $quotas: [NominationQuotaInput!]!) {\n    setNominationQuotas(classId: $classId, quotas: $quotas) {\n      quotaTotal\n      exceedsCapacity\n    }\n  }\n"): (typeof documents)["\n  mutation SetNominationQuotas($classId: ID!, $quotas: [NominationQuotaInput!]!) {\n    setNominationQuotas(classId: $classId, quotas: $quotas) {\n      quotaTotal\n      exceedsCapacity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinLiveSession($sessionId: ID!, $asClassroom: Boolean) {\n    joinLiveSession(sessionId: $sessionId, asClassroom: $asClassroom) {\n      token\n      role\n      expiresAt\n      sessionId\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation JoinLiveSession($sessionId: ID!, $asClassroom: Boolean) {\n    joinLiveSession(sessionId: $sessionId, asClassroom: $asClassroom) {\n      token\n      role\n      expiresAt\n      sessionId\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OfficialChanged {\n    officialChanged {\n      id\n    }\n  }\n"): (typeof documents)["\n  subscription OfficialChanged {\n    officialChanged {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficialCounts($communeId: ID) {\n    total: officials(first: 1, filter: { communeId: $communeId }) {\n      totalCount\n    }\n    party: officials(first: 1, filter: { communeId: $communeId, bloc: PARTY }) {\n      totalCount\n    }\n    front: officials(first: 1, filter: { communeId: $communeId, bloc: FRONT }) {\n      totalCount\n    }\n    government: officials(first: 1, filter: { communeId: $communeId, bloc: GOVERNMENT }) {\n      totalCount\n    }\n    military: officials(first: 1, filter: { communeId: $communeId, bloc: MILITARY }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query OfficialCounts($communeId: ID) {\n    total: officials(first: 1, filter: { communeId: $communeId }) {\n      totalCount\n    }\n    party: officials(first: 1, filter: { communeId: $communeId, bloc: PARTY }) {\n      totalCount\n    }\n    front: officials(first: 1, filter: { communeId: $communeId, bloc: FRONT }) {\n      totalCount\n    }\n    government: officials(first: 1, filter: { communeId: $communeId, bloc: GOVERNMENT }) {\n      totalCount\n    }\n    military: officials(first: 1, filter: { communeId: $communeId, bloc: MILITARY }) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOfficial($input: CreateOfficialInput!) {\n    createOfficial(input: $input) {\n      id\n      ...OfficialProfile\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOfficial($input: CreateOfficialInput!) {\n    createOfficial(input: $input) {\n      id\n      ...OfficialProfile\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficialDetail($id: ID!) {\n    official(id: $id) {\n      id\n      fullName\n      active\n      commune {\n        id\n      }\n      ...OfficialProfile\n    }\n  }\n"): (typeof documents)["\n  query OfficialDetail($id: ID!) {\n    official(id: $id) {\n      id\n      fullName\n      active\n      commune {\n        id\n      }\n      ...OfficialProfile\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateOfficial($id: ID!) {\n    deactivateOfficial(id: $id) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateOfficial($id: ID!) {\n    deactivateOfficial(id: $id) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficialEdit($id: ID!) {\n    official(id: $id) {\n      id\n      fullName\n      commune {\n        id\n      }\n      ...OfficialFormFields\n    }\n  }\n"): (typeof documents)["\n  query OfficialEdit($id: ID!) {\n    official(id: $id) {\n      id\n      fullName\n      commune {\n        id\n      }\n      ...OfficialFormFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOfficial($id: ID!, $input: UpdateOfficialInput!) {\n    updateOfficial(id: $id, input: $input) {\n      id\n      ...OfficialProfile\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOfficial($id: ID!, $input: UpdateOfficialInput!) {\n    updateOfficial(id: $id, input: $input) {\n      id\n      ...OfficialProfile\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficialsDirectory($filter: OfficialFilter, $first: Int!, $after: String) {\n    officials(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...OfficialRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfficialsDirectory($filter: OfficialFilter, $first: Int!, $after: String) {\n    officials(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...OfficialRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckIn($code: String!) {\n    checkIn(code: $code) {\n      checkedInAt\n      alreadyCheckedIn\n      session {\n        id\n        classCode\n        classTitle\n        topicTitle\n        startsAt\n        endsAt\n        room\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CheckIn($code: String!) {\n    checkIn(code: $code) {\n      checkedInAt\n      alreadyCheckedIn\n      session {\n        id\n        classCode\n        classTitle\n        topicTitle\n        startsAt\n        endsAt\n        room\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionAttendance($sessionId: ID!) {\n    sessionAttendance(sessionId: $sessionId) {\n      sessionMinutes\n      minPresencePercent\n      presentCount\n      inProgressCount\n      session {\n        id\n        classId\n        classCode\n        classTitle\n        topicTitle\n        startsAt\n        endsAt\n        room\n      }\n      rows {\n        official {\n          id\n          fullName\n          communeName\n        }\n        minutes\n        percent\n        present\n        inProgress\n        sources\n        checkedInAt\n        intervals {\n          from\n          to\n          source\n        }\n        correction {\n          id\n          present\n          minutes\n          reason\n          correctedByName\n          createdAt\n        }\n        corrections {\n          id\n          present\n          minutes\n          reason\n          correctedByName\n          createdAt\n        }\n      }\n      staff {\n        userId\n        displayName\n        roles\n        minutes\n        intervals {\n          from\n          to\n          source\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SessionAttendance($sessionId: ID!) {\n    sessionAttendance(sessionId: $sessionId) {\n      sessionMinutes\n      minPresencePercent\n      presentCount\n      inProgressCount\n      session {\n        id\n        classId\n        classCode\n        classTitle\n        topicTitle\n        startsAt\n        endsAt\n        room\n      }\n      rows {\n        official {\n          id\n          fullName\n          communeName\n        }\n        minutes\n        percent\n        present\n        inProgress\n        sources\n        checkedInAt\n        intervals {\n          from\n          to\n          source\n        }\n        correction {\n          id\n          present\n          minutes\n          reason\n          correctedByName\n          createdAt\n        }\n        corrections {\n          id\n          present\n          minutes\n          reason\n          correctedByName\n          createdAt\n        }\n      }\n      staff {\n        userId\n        displayName\n        roles\n        minutes\n        intervals {\n          from\n          to\n          source\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectAttendance($sessionId: ID!, $officialId: ID!, $present: Boolean!, $reason: String!, $minutes: Int) {\n    correctAttendance(sessionId: $sessionId, officialId: $officialId, present: $present, reason: $reason, minutes: $minutes) {\n      official {\n        id\n      }\n      present\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectAttendance($sessionId: ID!, $officialId: ID!, $present: Boolean!, $reason: String!, $minutes: Int) {\n    correctAttendance(sessionId: $sessionId, officialId: $officialId, present: $present, reason: $reason, minutes: $minutes) {\n      official {\n        id\n      }\n      present\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClassPrograms {\n    programs {\n      id\n      code\n      title\n    }\n  }\n"): (typeof documents)["\n  query ClassPrograms {\n    programs {\n      id\n      code\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateClass($input: CreateClassInput!) {\n    createClass(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateClass($input: CreateClassInput!) {\n    createClass(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClassDetailFields on TrainingClass {\n    id\n    code\n    title\n    startDate\n    endDate\n    dayCount\n    venue\n    deliveryFormat\n    capacity\n    capacityWarning\n    sessionCount\n    program {\n      id\n      code\n      title\n      topics {\n        id\n        title\n        kind\n      }\n    }\n    lecturers {\n      id\n      kind\n      user {\n        id\n        displayName\n      }\n    }\n    sessions {\n      id\n      startsAt\n      endsAt\n      mode\n      room\n      topic {\n        id\n        title\n        kind\n      }\n      lecturer {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ClassDetailFields on TrainingClass {\n    id\n    code\n    title\n    startDate\n    endDate\n    dayCount\n    venue\n    deliveryFormat\n    capacity\n    capacityWarning\n    sessionCount\n    program {\n      id\n      code\n      title\n      topics {\n        id\n        title\n        kind\n      }\n    }\n    lecturers {\n      id\n      kind\n      user {\n        id\n        displayName\n      }\n    }\n    sessions {\n      id\n      startsAt\n      endsAt\n      mode\n      room\n      topic {\n        id\n        title\n        kind\n      }\n      lecturer {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClassDetail($id: ID!) {\n    class(id: $id) {\n      id\n      ...ClassDetailFields\n    }\n  }\n"): (typeof documents)["\n  query ClassDetail($id: ID!) {\n    class(id: $id) {\n      id\n      ...ClassDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClassEditorOptions {\n    programs {\n      id\n      code\n      title\n    }\n    lecturers {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query ClassEditorOptions {\n    programs {\n      id\n      code\n      title\n    }\n    lecturers {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateClass($id: ID!, $input: UpdateClassInput!) {\n    updateClass(id: $id, input: $input) {\n      id\n      ...ClassDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateClass($id: ID!, $input: UpdateClassInput!) {\n    updateClass(id: $id, input: $input) {\n      id\n      ...ClassDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteClass($id: ID!) {\n    deleteClass(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteClass($id: ID!) {\n    deleteClass(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignClassLecturer($classId: ID!, $input: ClassLecturerInput!) {\n    assignClassLecturer(classId: $classId, input: $input) {\n      id\n      ...ClassDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation AssignClassLecturer($classId: ID!, $input: ClassLecturerInput!) {\n    assignClassLecturer(classId: $classId, input: $input) {\n      id\n      ...ClassDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveClassLecturer($classId: ID!, $userId: ID!) {\n    removeClassLecturer(classId: $classId, userId: $userId) {\n      id\n      ...ClassDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveClassLecturer($classId: ID!, $userId: ID!) {\n    removeClassLecturer(classId: $classId, userId: $userId) {\n      id\n      ...ClassDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddClassSession($classId: ID!, $input: ClassSessionInput!) {\n    addClassSession(classId: $classId, input: $input) {\n      id\n      ...ClassDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddClassSession($classId: ID!, $input: ClassSessionInput!) {\n    addClassSession(classId: $classId, input: $input) {\n      id\n      ...ClassDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateClassSession($id: ID!, $input: UpdateClassSessionInput!) {\n    updateClassSession(id: $id, input: $input) {\n      id\n      ...ClassDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateClassSession($id: ID!, $input: UpdateClassSessionInput!) {\n    updateClassSession(id: $id, input: $input) {\n      id\n      ...ClassDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveClassSession($id: ID!) {\n    removeClassSession(id: $id) {\n      id\n      ...ClassDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveClassSession($id: ID!) {\n    removeClassSession(id: $id) {\n      id\n      ...ClassDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfficialImportFields on OfficialImport {\n    id\n    fileName\n    status\n    totalRows\n    processedRows\n    progressPercent\n    toCreate\n    toUpdate\n    unchanged\n    toEnrol\n    toWaitlist\n    alreadyEnrolled\n    errorCount\n    fileError {\n      code\n      message\n    }\n    committedAt\n  }\n"): (typeof documents)["\n  fragment OfficialImportFields on OfficialImport {\n    id\n    fileName\n    status\n    totalRows\n    processedRows\n    progressPercent\n    toCreate\n    toUpdate\n    unchanged\n    toEnrol\n    toWaitlist\n    alreadyEnrolled\n    errorCount\n    fileError {\n      code\n      message\n    }\n    committedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficialImportStatus($id: ID!) {\n    officialImport(id: $id) {\n      id\n      ...OfficialImportFields\n    }\n  }\n"): (typeof documents)["\n  query OfficialImportStatus($id: ID!) {\n    officialImport(id: $id) {\n      id\n      ...OfficialImportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommitOfficialImport($id: ID!) {\n    commitOfficialImport(id: $id) {\n      id\n      ...OfficialImportFields\n    }\n  }\n"): (typeof documents)["\n  mutation CommitOfficialImport($id: ID!) {\n    commitOfficialImport(id: $id) {\n      id\n      ...OfficialImportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportClassHeader($id: ID!) {\n    class(id: $id) {\n      id\n      code\n      title\n      capacity\n      enrolledCount\n      waitlistCount\n    }\n  }\n"): (typeof documents)["\n  query ImportClassHeader($id: ID!) {\n    class(id: $id) {\n      id\n      code\n      title\n      capacity\n      enrolledCount\n      waitlistCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClassesList($filter: ClassFilterInput) {\n    classes(filter: $filter) {\n      id\n      code\n      title\n      startDate\n      endDate\n      dayCount\n      deliveryFormat\n      capacity\n      capacityWarning\n      program {\n        id\n        code\n      }\n      lecturers {\n        id\n        kind\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClassesList($filter: ClassFilterInput) {\n    classes(filter: $filter) {\n      id\n      code\n      title\n      startDate\n      endDate\n      dayCount\n      deliveryFormat\n      capacity\n      capacityWarning\n      program {\n        id\n        code\n      }\n      lecturers {\n        id\n        kind\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTimetable {\n    myClasses {\n      status\n      waitlistPosition\n      trainingClass {\n        id\n        code\n        title\n        startDate\n        endDate\n        venue\n        deliveryFormat\n        sessions {\n          id\n          startsAt\n          endsAt\n          mode\n          room\n          topic {\n            id\n            title\n            kind\n          }\n          lecturer {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyTimetable {\n    myClasses {\n      status\n      waitlistPosition\n      trainingClass {\n        id\n        code\n        title\n        startDate\n        endDate\n        venue\n        deliveryFormat\n        sessions {\n          id\n          startsAt\n          endsAt\n          mode\n          room\n          topic {\n            id\n            title\n            kind\n          }\n          lecturer {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommuneNominations($communeId: ID) {\n    myCommuneNominations(communeId: $communeId) {\n      open\n      trainingClass {\n        id\n        code\n        title\n        startDate\n        endDate\n        venue\n        capacity\n      }\n      quota {\n        communeId\n        communeName\n        quota\n        used\n        left\n      }\n      nominations {\n        id\n        status\n        note\n        rejectReason\n        nominatedAt\n        enrollmentStatus\n        waitlistPosition\n        official {\n          id\n          fullName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommuneNominations($communeId: ID) {\n    myCommuneNominations(communeId: $communeId) {\n      open\n      trainingClass {\n        id\n        code\n        title\n        startDate\n        endDate\n        venue\n        capacity\n      }\n      quota {\n        communeId\n        communeName\n        quota\n        used\n        left\n      }\n      nominations {\n        id\n        status\n        note\n        rejectReason\n        nominatedAt\n        enrollmentStatus\n        waitlistPosition\n        official {\n          id\n          fullName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NominationCandidates($search: String, $communeId: ID) {\n    officials(first: 30, filter: { search: $search, communeId: $communeId }) {\n      totalCount\n      edges {\n        node {\n          id\n          fullName\n          position\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NominationCandidates($search: String, $communeId: ID) {\n    officials(first: 30, filter: { search: $search, communeId: $communeId }) {\n      totalCount\n      edges {\n        node {\n          id\n          fullName\n          position\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NominateOfficials($classId: ID!, $officialIds: [ID!]!, $note: String) {\n    nominateOfficials(classId: $classId, officialIds: $officialIds, note: $note) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation NominateOfficials($classId: ID!, $officialIds: [ID!]!, $note: String) {\n    nominateOfficials(classId: $classId, officialIds: $officialIds, note: $note) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawNomination($nominationId: ID!) {\n    withdrawNomination(nominationId: $nominationId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawNomination($nominationId: ID!) {\n    withdrawNomination(nominationId: $nominationId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnnualPlan($year: Int!, $provinceId: ID) {\n    annualPlan(year: $year, provinceId: $provinceId) {\n      year\n      provinceId\n      provinceName\n      communeName\n      targetMin\n      targetMax\n      classCount\n      withinTarget\n      seatsPlanned\n      enrolled\n      waitlisted\n      nominationsPending\n      nominationsApproved\n      activeOfficials\n      notYetTrained\n      coveragePercent\n      months {\n        month\n        classes\n        seats\n      }\n      byBloc {\n        bloc\n        activeOfficials\n        notYetTrained\n      }\n      classes {\n        id\n        code\n        startDate\n        endDate\n        venue\n        capacity\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnnualPlan($year: Int!, $provinceId: ID) {\n    annualPlan(year: $year, provinceId: $provinceId) {\n      year\n      provinceId\n      provinceName\n      communeName\n      targetMin\n      targetMax\n      classCount\n      withinTarget\n      seatsPlanned\n      enrolled\n      waitlisted\n      nominationsPending\n      nominationsApproved\n      activeOfficials\n      notYetTrained\n      coveragePercent\n      months {\n        month\n        classes\n        seats\n      }\n      byBloc {\n        bloc\n        activeOfficials\n        notYetTrained\n      }\n      classes {\n        id\n        code\n        startDate\n        endDate\n        venue\n        capacity\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProgram($input: CreateProgramInput!) {\n    createProgram(input: $input) {\n      id\n      code\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProgram($input: CreateProgramInput!) {\n    createProgram(input: $input) {\n      id\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgramEditorFields on Program {\n    id\n    code\n    title\n    startYear\n    endYear\n    description\n    practiceThresholdPercent\n    targetGroups {\n      code\n      name\n    }\n    topics {\n      id\n      position\n      title\n      kind\n      hours\n      isPractice\n      targetGroupCodes\n    }\n    topicCount\n    totalHours\n    hoursByKind {\n      kind\n      hours\n    }\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment ProgramEditorFields on Program {\n    id\n    code\n    title\n    startYear\n    endYear\n    description\n    practiceThresholdPercent\n    targetGroups {\n      code\n      name\n    }\n    topics {\n      id\n      position\n      title\n      kind\n      hours\n      isPractice\n      targetGroupCodes\n    }\n    topicCount\n    totalHours\n    hoursByKind {\n      kind\n      hours\n    }\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgramDetail($id: ID!) {\n    program(id: $id) {\n      id\n      ...ProgramEditorFields\n    }\n  }\n"): (typeof documents)["\n  query ProgramDetail($id: ID!) {\n    program(id: $id) {\n      id\n      ...ProgramEditorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProgram($id: ID!, $input: UpdateProgramInput!) {\n    updateProgram(id: $id, input: $input) {\n      id\n      ...ProgramEditorFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProgram($id: ID!, $input: UpdateProgramInput!) {\n    updateProgram(id: $id, input: $input) {\n      id\n      ...ProgramEditorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteProgram($id: ID!) {\n    deleteProgram(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteProgram($id: ID!) {\n    deleteProgram(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddProgramTopic($programId: ID!, $input: ProgramTopicInput!) {\n    addProgramTopic(programId: $programId, input: $input) {\n      id\n      ...ProgramEditorFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddProgramTopic($programId: ID!, $input: ProgramTopicInput!) {\n    addProgramTopic(programId: $programId, input: $input) {\n      id\n      ...ProgramEditorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProgramTopic($id: ID!, $input: UpdateProgramTopicInput!) {\n    updateProgramTopic(id: $id, input: $input) {\n      id\n      ...ProgramEditorFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProgramTopic($id: ID!, $input: UpdateProgramTopicInput!) {\n    updateProgramTopic(id: $id, input: $input) {\n      id\n      ...ProgramEditorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveProgramTopic($id: ID!) {\n    removeProgramTopic(id: $id) {\n      id\n      ...ProgramEditorFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveProgramTopic($id: ID!) {\n    removeProgramTopic(id: $id) {\n      id\n      ...ProgramEditorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderProgramTopics($programId: ID!, $topicIds: [ID!]!) {\n    reorderProgramTopics(programId: $programId, topicIds: $topicIds) {\n      id\n      ...ProgramEditorFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderProgramTopics($programId: ID!, $topicIds: [ID!]!) {\n    reorderProgramTopics(programId: $programId, topicIds: $topicIds) {\n      id\n      ...ProgramEditorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgramsList {\n    programs {\n      id\n      code\n      title\n      startYear\n      endYear\n      topicCount\n      totalHours\n      practicePercent\n      practiceWarning\n      practiceThresholdPercent\n    }\n  }\n"): (typeof documents)["\n  query ProgramsList {\n    programs {\n      id\n      code\n      title\n      startYear\n      endYear\n      topicCount\n      totalHours\n      practicePercent\n      practiceWarning\n      practiceThresholdPercent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurrentUser on User {\n    id\n    email\n    role\n    displayName\n    commune {\n      id\n      name\n      kind\n      province {\n        id\n        name\n      }\n    }\n    official {\n      id\n      fullName\n    }\n  }\n"): (typeof documents)["\n  fragment CurrentUser on User {\n    id\n    email\n    role\n    displayName\n    commune {\n      id\n      name\n      kind\n      province {\n        id\n        name\n      }\n    }\n    official {\n      id\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      ...CurrentUser\n    }\n  }\n"): (typeof documents)["\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      ...CurrentUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshToken($input: RefreshTokenInput!) {\n    refreshToken(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshToken($input: RefreshTokenInput!) {\n    refreshToken(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($input: LogoutInput) {\n    logout(input: $input)\n  }\n"): (typeof documents)["\n  mutation Logout($input: LogoutInput) {\n    logout(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;