import { graphql } from './gql';

/** What the list shows of a poll; the mutations ask for it back, so the cache updates the list in place. */
export const PollSummaryFragment = graphql(`
  fragment PollSummary on Poll {
    id
    name
    description
    isClosed
    voteCount
    createdAt
    createdBy {
      id
      name
    }
  }
`);

/** A poll's options with their counts and latest voters. */
export const PollDetailsFragment = graphql(`
  fragment PollDetails on Poll {
    ...PollSummary
    options {
      id
      optionId
      text
      voteCount
      latestVotes {
        id
        user {
          id
          name
        }
      }
    }
  }
`);

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      id
      name
    }
  }
`);

export const PollsQuery = graphql(`
  query Polls($first: Int!, $after: String, $where: PollWhere, $orderBy: [PollOrder!]) {
    polls(first: $first, after: $after, where: $where, orderBy: $orderBy) {
      edges {
        cursor
        node {
          ...PollSummary
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const PollQuery = graphql(`
  query Poll($id: ID!) {
    poll(id: $id) {
      ...PollDetails
    }
  }
`);

export const CreatePollMutation = graphql(`
  mutation CreatePoll($input: CreatePollInput!) {
    createPoll(input: $input) {
      poll {
        ...PollDetails
      }
      userErrors {
        field
        message
      }
    }
  }
`);

export const UpdatePollMutation = graphql(`
  mutation UpdatePoll($input: UpdatePollPartialInput!) {
    updatePollPartial(input: $input) {
      poll {
        ...PollDetails
      }
      userErrors {
        field
        message
      }
    }
  }
`);

export const DeletePollMutation = graphql(`
  mutation DeletePoll($input: DeletePollInput!) {
    deletePoll(input: $input) {
      deletedId
      userErrors {
        message
      }
    }
  }
`);
